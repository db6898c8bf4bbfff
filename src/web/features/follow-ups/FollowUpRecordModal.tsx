import { Alert, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRecordView } from '../../../shared/followup/follow-up-record.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useFollowUpRecord, useUpdateFollowUpRecord } from './api';
import { PlanIndicatorsContext } from './PlanIndicatorsContext';

type Props = { id: string | null; onClose: () => void; onSaved: (message: string) => void };

/** One follow-up: its texts, the template answers and the plan of its year; writers edit its texts at the version read. */
export function FollowUpRecordModal({ id, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const query = useFollowUpRecord(id);
  const r = query.data;
  const title = r ? t('followUps.detailTitle', { kind: t(`followUps.kind_${r.kind}`), period: r.period }) : t('followUps.sectionTitle');
  return (
    <AppModal opened={id !== null} onClose={onClose} title={title} size="xl">
      {query.isPending && id ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {r ? <RecordDetail key={`${r.id}-${r.version}`} record={r} reload={() => void query.refetch()} onSaved={onSaved} /> : null}
    </AppModal>
  );
}

function Field({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </Stack>
  );
}

function RecordDetail({ record: r, reload, onSaved }: { record: FollowUpRecordView; reload: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('follow-ups.write');
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {r.body.name} · {formatCalendarDate(r.heldOn, locale)}
        {r.meeting ? ` · ${t('followUps.meeting')} ${formatCalendarDate(r.meeting.meetingDate, locale)}` : ''}
        {r.recordedBy ? ` · ${t('followUps.recordedBy')} ${r.recordedBy.name}` : ''}
      </Text>
      {r.cycleTask ? (
        <Text size="sm">{t('followUps.cycleTask', { year: r.cycleTask.cycleYear })}</Text>
      ) : null}
      {editing ? (
        <EditForm record={r} reload={reload} onCancel={() => setEditing(false)} onSaved={onSaved} />
      ) : (
        <>
          <Field label={t('followUps.participants')} value={r.participants} />
          <Field label={t('followUps.results')} value={r.results} />
          <Field label={t('followUps.deviations')} value={r.deviations} />
          <Field label={t('followUps.conclusion')} value={r.conclusion} />
          {canWrite ? (
            <Group>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('followUps.edit')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
      {r.template ? (
        <Stack gap={4}>
          <Title order={3} fz="h5">
            {t('followUps.answersTitle', { version: r.template.versionNumber })}
          </Title>
          <Table aria-label={t('followUps.answersTitle', { version: r.template.versionNumber })}>
            <Table.Tbody>
              {r.answers.map((a) => (
                <Table.Tr key={a.questionId}>
                  <Table.Th scope="row" fw={400}>
                    {a.position}. {a.question}
                  </Table.Th>
                  <Table.Td>{t(`followUps.answer_${a.answer}`)}</Table.Td>
                  <Table.Td>{a.comment ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
      <PlanIndicatorsContext plan={r.plan} />
    </Stack>
  );
}

function EditForm({ record: r, reload, onCancel, onSaved }: { record: FollowUpRecordView; reload: () => void; onCancel: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateFollowUpRecord(r.id);
  const [participants, setParticipants] = useState(r.participants);
  const [results, setResults] = useState(r.results ?? '');
  const [deviations, setDeviations] = useState(r.deviations ?? '');
  const [conclusion, setConclusion] = useState(r.conclusion);
  const conflict = isVersionConflict(update.error);
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const general = update.error && !conflict && Object.keys(fields).length === 0 ? errorMessage(update.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ version: r.version, participants, results, deviations, conclusion }, { onSuccess: () => onSaved(t('followUps.updated')) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('followUps.edit')}>
      <Stack gap="sm">
        {conflict ? <ConflictNotice title={t('followUps.conflictTitle')} text={t('followUps.conflictText')} reloadLabel={t('followUps.reload')} reloading={false} onReload={reload} /> : null}
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Textarea label={t('followUps.participants')} required autosize minRows={2} value={participants} onChange={(e) => setParticipants(e.currentTarget.value)} error={fields.participants} />
        <Textarea label={t('followUps.results')} autosize minRows={3} value={results} onChange={(e) => setResults(e.currentTarget.value)} error={fields.results} />
        <Textarea label={t('followUps.deviations')} autosize minRows={2} value={deviations} onChange={(e) => setDeviations(e.currentTarget.value)} error={fields.deviations} />
        <Textarea label={t('followUps.conclusion')} required autosize minRows={2} value={conclusion} onChange={(e) => setConclusion(e.currentTarget.value)} error={fields.conclusion} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict}>
            {t('followUps.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
