import { Alert, Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreateJobTrack, useJobTrackOptions } from './api';

/** The form to register a planned job track (EMP-4): employers, occupation, places, dates, unit and, if run with Arbetsförmedlingen, the agreement. */
export function JobTrackForm({ onDone, onCancel }: { onDone: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const options = useJobTrackOptions(true).data;
  const create = useCreateJobTrack();
  const [title, setTitle] = useState('');
  const [occupation, setOccupation] = useState('');
  const [description, setDescription] = useState('');
  const [places, setPlaces] = useState<number | string>(10);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [employerIds, setEmployerIds] = useState<string[]>([]);
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const groups = options?.agreements.find((a) => a.id === agreementId)?.workingGroups ?? [];

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            title,
            occupation,
            description: description.trim() === '' ? null : description,
            places: typeof places === 'number' ? places : Number(places),
            startDate,
            endDate,
            unitCode,
            employerIds,
            agreementCooperationId: agreementId,
            workingGroupId: agreementId ? workingGroupId : null,
          },
          { onSuccess: (view) => onDone(view.id) },
        );
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('employerOffers.trackTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} />
          <TextInput label={t('employerOffers.occupation')} required value={occupation} onChange={(e) => setOccupation(e.currentTarget.value)} error={fieldErrors.occupation} />
          <MultiSelect
            label={t('employerOffers.employers')}
            description={t('employerOffers.employersHint')}
            required
            searchable
            data={(options?.employers ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={employerIds}
            onChange={setEmployerIds}
            error={fieldErrors.employerIds}
          />
          <NumberInput label={t('employerOffers.places')} required min={1} allowDecimal={false} value={places} onChange={setPlaces} error={fieldErrors.places} />
          <DateField label={t('employerOffers.startDate')} required value={startDate} onChange={setStartDate} error={fieldErrors.startDate} />
          <DateField label={t('employerOffers.endDate')} required value={endDate} onChange={setEndDate} min={startDate || undefined} error={fieldErrors.endDate} />
          <Select
            label={t('employerOffers.unit')}
            clearable
            data={(options?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
            value={unitCode}
            onChange={setUnitCode}
            error={fieldErrors.unitCode}
          />
          <Select
            label={t('employerOffers.agreement')}
            description={t('employerOffers.agreementHint')}
            clearable
            data={(options?.agreements ?? []).map((a) => ({ value: a.id, label: `${a.caseNumber} ${a.title}` }))}
            value={agreementId}
            onChange={(v) => {
              setAgreementId(v);
              setWorkingGroupId(null);
            }}
            error={fieldErrors.agreementCooperationId}
          />
          {agreementId && groups.length > 0 ? (
            <Select
              label={t('employerOffers.workingGroup')}
              clearable
              data={groups.map((g) => ({ value: g.id, label: g.name }))}
              value={workingGroupId}
              onChange={setWorkingGroupId}
              error={fieldErrors.workingGroupId}
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
            {t('employerOffers.createTrack')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
