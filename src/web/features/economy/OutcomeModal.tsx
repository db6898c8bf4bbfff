import { Alert, Select, Stack, Textarea, TextInput, Group, SegmentedControl, Input } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EconomyView, OUTCOME_KINDS, type OutcomeView } from '../../../shared/followup/economy.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormActions } from '../../components/ui/FormActions';
import { localIsoDate } from '../lifecycle/lifecycle.format';
import { useCorrectOutcome, useRecordOutcome } from './api';
import { parseKronor } from './economy.format';

type OutcomeModalProps = { economy: EconomyView; entry: OutcomeView | null; opened: boolean; onClose: () => void; onDone: () => void };

/** Records a new outcome entry or corrects one (IOP-9). */
export function OutcomeModal({ economy, entry, opened, onClose, onDone }: OutcomeModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(entry ? 'economy.correctDialogTitle' : 'economy.outcomeDialogTitle')} size="lg">
      {opened ? <OutcomeForm economy={economy} entry={entry} onClose={onClose} onDone={onDone} /> : null}
    </AppModal>
  );
}

function OutcomeForm({ economy, entry, onClose, onDone }: Omit<OutcomeModalProps, 'opened'>) {
  const { t } = useTranslation();
  const record = useRecordOutcome(economy.cooperationId);
  const correct = useCorrectOutcome(economy.cooperationId);
  const mutation = entry ? correct : record;
  const today = localIsoDate(new Date());
  const [year, setYear] = useState(String(entry?.year ?? today.slice(0, 4)));
  const [organisationId, setOrganisationId] = useState<string | null>(entry?.organisationId ?? economy.parties[0]?.organisationId ?? null);
  const [occurredOn, setOccurredOn] = useState(entry?.occurredOn ?? today);
  const [amount, setAmount] = useState(entry ? String(entry.amountSek) : '');
  const [kind, setKind] = useState<(typeof OUTCOME_KINDS)[number]>(entry?.kind ?? 'money');
  const [reference, setReference] = useState(entry?.reference ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const fields = { ...(isApiError(mutation.error) ? mutation.error.fieldErrors() : {}), ...local };
  const general = mutation.error && Object.keys(fields).length === 0 ? errorMessage(mutation.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amountSek = parseKronor(amount);
    const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
    const problems: Record<string, string> = {};
    if (amountSek === null) problems.amountSek = t('economy.invalidAmount');
    if (yearNumber === null) problems.year = t('economy.invalidYear');
    setLocal(problems);
    if (amountSek === null || yearNumber === null || !organisationId) return;
    const input = { year: yearNumber, organisationId, occurredOn, amountSek, kind, reference: reference.trim() || null, note: note.trim() || null };
    if (entry) correct.mutate({ id: entry.id, version: entry.version, ...input }, { onSuccess: onDone });
    else record.mutate(input, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t(entry ? 'economy.correctDialogTitle' : 'economy.outcomeDialogTitle')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Group grow align="flex-start">
          <TextInput label={t('economy.year')} required inputMode="numeric" value={year} onChange={(e) => setYear(e.currentTarget.value)} error={fields.year} data-autofocus />
          <DateField label={t('economy.occurredOn')} required value={occurredOn} onChange={(value) => setOccurredOn(value)} error={fields.occurredOn} />
        </Group>
        <Select
          label={t('economy.party')}
          required
          allowDeselect={false}
          data={economy.parties.map((p) => ({ value: p.organisationId, label: p.name }))}
          value={organisationId}
          onChange={setOrganisationId}
          error={fields.organisationId}
        />
        <Group grow align="flex-start">
          <TextInput label={t('economy.amount')} required inputMode="numeric" rightSection="kr" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={fields.amountSek} />
          <Input.Wrapper label={t('economy.kind')} required error={fields.kind}>
            <SegmentedControl
              fullWidth
              data={OUTCOME_KINDS.map((value) => ({ value, label: t(`economy.kind_${value}`) }))}
              value={kind}
              onChange={(value) => setKind(OUTCOME_KINDS.find((k) => k === value) ?? 'money')}
            />
          </Input.Wrapper>
        </Group>
        <TextInput label={t('economy.reference')} description={t('economy.referenceHint')} maxLength={200} value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={fields.reference} />
        <Textarea label={t('economy.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fields.note} />
        <FormActions submitLabel={t('common.save')} pending={mutation.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
