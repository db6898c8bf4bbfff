import { Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { errorMessage } from '../../components/ui/error-message.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatAmount } from '../cooperations/cooperation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCreateVidaPayout, useVidaCooperations } from './api';
import { frameState, previewAmount } from './vida.format';

type Props = { period: string; periodLabel: string; rateSek: number | null; onRegistered: (text: string) => void };

/** Registers an association's payout for the semester, checking the 8–15 frame while typing (FRM-5). */
export function VidaPayoutForm({ period, periodLabel, rateSek, onRegistered }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const session = useCurrentSession();
  const isManager = useCan('vida.exception');
  const cooperations = useVidaCooperations();
  const create = useCreateVidaPayout();
  const [cooperationId, setCooperationId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [participants, setParticipants] = useState<number | null>(null);
  const [occasions, setOccasions] = useState<number | null>(null);
  const [motivation, setMotivation] = useState('');
  const [note, setNote] = useState('');

  if (cooperations.isPending) return <LoadingState />;
  if (cooperations.isError) return <ErrorState error={cooperations.error} onRetry={() => void cooperations.refetch()} />;
  const list = cooperations.data;
  const cooperation = list.find((c) => c.id === cooperationId) ?? list[0];
  const associations = cooperation?.associations ?? [];
  const association = associations.find((a) => a.id === organisationId) ?? associations[0];
  const frame = frameState(occasions);
  // The responsible manager named on the cooperation, or any manager where none is named.
  const mayRecordException = isManager && (!cooperation?.responsibleManagerId || cooperation.responsibleManagerId === session.user.id);
  const amount = previewAmount(participants, rateSek);
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const generalError = create.error && Object.keys(fieldErrors).length === 0 ? errorMessage(create.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cooperation || !association) return;
    create.mutate(
      {
        cooperationId: cooperation.id,
        organisationId: association.id,
        period,
        participants: participants ?? 0,
        occasions: occasions ?? 0,
        exceptionMotivation: frame === 'outside' && mayRecordException ? motivation : null,
        note,
      },
      {
        onSuccess: () => {
          setParticipants(null);
          setOccasions(null);
          setMotivation('');
          setNote('');
          onRegistered(t('vida.registered'));
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('vida.registerHeading')} description={periodLabel} requirements={['FRM-5']} />
      {list.length === 0 ? (
        <EmptyMessage>{t('vida.noCooperations')}</EmptyMessage>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                id="cooperationId"
                label={t('vida.cooperation')}
                data={list.map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.title}` }))}
                value={cooperation?.id ?? ''}
                onChange={(e) => {
                  setCooperationId(e.currentTarget.value);
                  setOrganisationId('');
                }}
                error={fieldErrors.cooperationId}
              />
              {associations.length === 0 ? (
                <Text size="sm" c="dimmed" mt="lg">
                  {t('vida.noAssociations')}
                </Text>
              ) : (
                <NativeSelect
                  id="organisationId"
                  label={t('vida.association')}
                  data={associations.map((a) => ({ value: a.id, label: a.name }))}
                  value={association?.id ?? ''}
                  onChange={(e) => setOrganisationId(e.currentTarget.value)}
                  error={fieldErrors.organisationId}
                />
              )}
              <NumberInput
                id="participants"
                label={t('vida.participants')}
                required
                allowDecimal={false}
                allowNegative={false}
                min={1}
                value={participants ?? ''}
                onChange={(v) => setParticipants(typeof v === 'number' ? v : null)}
                error={fieldErrors.participants}
              />
              <NumberInput
                id="occasions"
                label={t('vida.occasions')}
                description={t('vida.occasionsHint')}
                required
                allowDecimal={false}
                allowNegative={false}
                min={1}
                value={occasions ?? ''}
                onChange={(v) => setOccasions(typeof v === 'number' ? v : null)}
                error={fieldErrors.occasions}
              />
            </SimpleGrid>
            {frame === 'within' ? (
              <Text size="sm" c="green.8" role="status">
                {t('vida.frameWithin')}
              </Text>
            ) : null}
            {frame === 'outside' ? (
              <Alert color="yellow" variant="light" role="status">
                <WithRequirements ids={['FRM-5']}>{mayRecordException ? t('vida.frameOutside') : t('vida.frameOutsideNotManager')}</WithRequirements>
              </Alert>
            ) : null}
            {frame === 'outside' && mayRecordException ? (
              <Textarea
                id="exceptionMotivation"
                label={t('vida.exceptionMotivation')}
                description={t('vida.exceptionHint')}
                required
                autosize
                minRows={2}
                value={motivation}
                onChange={(e) => setMotivation(e.currentTarget.value)}
                error={fieldErrors.exceptionMotivation}
              />
            ) : null}
            <Textarea id="note" label={t('vida.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
            {fieldErrors.period ? <Alert color="red" variant="light" role="alert">{fieldErrors.period}</Alert> : null}
            {generalError ? (
              <Alert color="red" variant="light" role="alert">
                {generalError}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Text fw={600} aria-live="polite">
                {amount !== null ? t('vida.preview', { amount: formatAmount(amount, lang) }) : null}
              </Text>
              <Button type="submit" loading={create.isPending} disabled={!association || (frame === 'outside' && !mayRecordException)}>
                {t('vida.register')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
