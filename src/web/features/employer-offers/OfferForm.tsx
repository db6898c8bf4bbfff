import { Alert, Button, Group, MultiSelect, NativeSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_KINDS, type OfferKind } from '../../../shared/employers/employer-offers.rules';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { isApiError } from '../../api/client';
import { useJobTrackOptions, useJobTracks, useOfferActions } from './api';

/** The form to add an offer to a job partnership (EMP-4): kind, places, period and receiving units. */
export function OfferForm({ cooperationId, onDone, onCancel }: { cooperationId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { create } = useOfferActions(cooperationId);
  const options = useJobTrackOptions(true).data;
  const [kind, setKind] = useState<OfferKind>('job');
  const tracks = useJobTracks({ sort: 'start', direction: 'desc' }, kind === 'job_track').data?.items.filter((x) => x.status !== 'ended') ?? [];
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [places, setPlaces] = useState<number | string>(1);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [unitCodes, setUnitCodes] = useState<string[]>([]);
  const [jobTrackId, setJobTrackId] = useState<string | null>(null);
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            kind,
            title,
            description: description.trim() === '' ? null : description,
            places: typeof places === 'number' ? places : Number(places),
            startDate,
            endDate: endDate === '' ? null : endDate,
            unitCodes,
            jobTrackId: kind === 'job_track' ? jobTrackId : null,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('employerOffers.kind')}
            data={OFFER_KINDS.map((k) => ({ value: k, label: t(`employerOffers.kind_${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as OfferKind)}
          />
          <TextInput label={t('employerOffers.offerTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} />
          <NumberInput label={t('employerOffers.places')} required min={1} allowDecimal={false} value={places} onChange={setPlaces} error={fieldErrors.places} />
          <MultiSelect
            label={t('employerOffers.units')}
            data={(options?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
            value={unitCodes}
            onChange={setUnitCodes}
            error={fieldErrors.unitCodes}
          />
          <DateField label={t('employerOffers.startDate')} required value={startDate} onChange={setStartDate} error={fieldErrors.startDate} />
          <DateField label={t('employerOffers.endDate')} value={endDate} onChange={setEndDate} min={startDate || undefined} error={fieldErrors.endDate} />
          {kind === 'job_track' ? (
            <Select
              label={t('employerOffers.jobTrack')}
              required
              data={tracks.map((x) => ({ value: x.id, label: x.title }))}
              value={jobTrackId}
              onChange={setJobTrackId}
              error={fieldErrors.jobTrackId}
              nothingFoundMessage={t('employerOffers.noTracks')}
            />
          ) : null}
        </SimpleGrid>
        <Textarea label={t('employerOffers.description')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        {create.error && Object.keys(fieldErrors).length === 0 ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error, t)}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={create.isPending}>
            {t('employerOffers.addOffer')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
