import { Alert, Button, Paper, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '../../../shared/followup/economy.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormActions } from '../../components/ui/FormActions';
import { PlusIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { useRecordReconciliation } from './api';
import { formatKronor } from './economy.format';

type SectionProps = { economy: EconomyView; onMessage: (message: string) => void };

/** Reconciliations of budget and outcome at the steering group's meetings, with the figures reconciled (IOP-9). */
export function ReconciliationSection({ economy, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('economy.write');
  const [open, setOpen] = useState(false);
  const sek = (value: number) => formatKronor(value, locale);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-reconciliations-heading" mb="lg">
      <PanelHeading
        headingId="economy-reconciliations-heading"
        title={t('economy.reconciliationsTitle')}
        description={t('economy.reconciliationsIntro')}
        requirements={['IOP-9']}
        actions={
          canWrite ? (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setOpen(true)} disabled={economy.meetings.length === 0}>
              {t('economy.addReconciliation')}
            </Button>
          ) : null
        }
      />
      {canWrite && economy.meetings.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('economy.noMeetings')}
        </Text>
      ) : null}
      {economy.reconciliations.length === 0 ? (
        <Text c="dimmed">{t('economy.noReconciliations')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('economy.reconciliationsTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('economy.colMeeting')}</Table.Th>
                <Table.Th scope="col">{t('economy.colYear')}</Table.Th>
                <Table.Th scope="col">{t('economy.colFigures')}</Table.Th>
                <Table.Th scope="col">{t('economy.colNote')}</Table.Th>
                <Table.Th scope="col">{t('economy.colBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {economy.reconciliations.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{`${formatCalendarDate(r.meeting.meetingDate, locale)} · ${r.meeting.bodyName}`}</Table.Td>
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Td>
                    {t('economy.reconciledFigures', { budget: sek(r.figures.totals.budgetSek), outcome: sek(r.figures.totals.outcomeSek), difference: sek(r.figures.totals.differenceSek) })}
                  </Table.Td>
                  <Table.Td>{r.note ?? t('common.none')}</Table.Td>
                  <Table.Td>{r.createdBy?.name ?? t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('economy.reconciliationDialogTitle')} size="lg">
        {open ? (
          <ReconciliationForm
            economy={economy}
            onClose={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              onMessage(t('economy.reconciliationSaved'));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

function ReconciliationForm({ economy, onClose, onDone }: { economy: EconomyView; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const record = useRecordReconciliation(economy.cooperationId);
  const first = economy.meetings[0];
  const [meetingId, setMeetingId] = useState<string | null>(first?.id ?? null);
  const [year, setYear] = useState(first ? first.meetingDate.slice(0, 4) : String(new Date().getFullYear()));
  const [note, setNote] = useState('');
  const [yearError, setYearError] = useState<string | undefined>();
  const fields = isApiError(record.error) ? record.error.fieldErrors() : {};
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}$/.test(year.trim())) {
      setYearError(t('economy.invalidYear'));
      return;
    }
    setYearError(undefined);
    if (!meetingId) return;
    record.mutate({ meetingId, year: Number(year.trim()), note: note.trim() || null }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('economy.reconciliationDialogTitle')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Select
          label={t('economy.meeting')}
          required
          allowDeselect={false}
          data={economy.meetings.map((m) => ({ value: m.id, label: `${formatCalendarDate(m.meetingDate, locale)} · ${m.bodyName}` }))}
          value={meetingId}
          onChange={setMeetingId}
          error={fields.meetingId}
          data-autofocus
        />
        <TextInput label={t('economy.year')} required inputMode="numeric" value={year} onChange={(e) => setYear(e.currentTarget.value)} error={yearError ?? fields.year} />
        <Textarea label={t('economy.note')} autosize minRows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fields.note} />
        <FormActions submitLabel={t('common.save')} pending={record.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
