import { Alert, Select, Stack, Textarea, TextInput, Group } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ValueEntryView, WELFARE_VALUE_KINDS } from '../../../shared/followup/welfare-value.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormActions } from '../../components/ui/FormActions';
import { localIsoDate } from '../lifecycle/lifecycle.format';
import { useCorrectValueEntry, useRecordValueEntry } from './api';
import { parseKronor } from './economy.format';

type ValueEntryModalProps = { cooperationId: string; entry: ValueEntryView | null; opened: boolean; onClose: () => void; onDone: () => void };

/** Records or corrects a value entry of a welfare-service procurement: the initial value, an extension or a call-off (FRM-7). */
export function ValueEntryModal({ cooperationId, entry, opened, onClose, onDone }: ValueEntryModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(entry ? 'economy.correctValueDialogTitle' : 'economy.valueDialogTitle')} size="md">
      {opened ? <ValueEntryForm cooperationId={cooperationId} entry={entry} onClose={onClose} onDone={onDone} /> : null}
    </AppModal>
  );
}

function ValueEntryForm({ cooperationId, entry, onClose, onDone }: Omit<ValueEntryModalProps, 'opened'>) {
  const { t } = useTranslation();
  const record = useRecordValueEntry(cooperationId);
  const correct = useCorrectValueEntry(cooperationId);
  const mutation = entry ? correct : record;
  const [kind, setKind] = useState<(typeof WELFARE_VALUE_KINDS)[number]>(entry?.kind ?? 'initial');
  const [date, setDate] = useState(entry?.date ?? localIsoDate(new Date()));
  const [amount, setAmount] = useState(entry ? String(entry.amountSek) : '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [amountError, setAmountError] = useState<string | undefined>();
  const fields = isApiError(mutation.error) ? mutation.error.fieldErrors() : {};
  const general = mutation.error && Object.keys(fields).length === 0 ? errorMessage(mutation.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amountSek = parseKronor(amount);
    setAmountError(amountSek === null ? t('economy.invalidAmount') : undefined);
    if (amountSek === null) return;
    const input = { kind, date, amountSek, note: note.trim() || null };
    if (entry) correct.mutate({ id: entry.id, version: entry.version, ...input }, { onSuccess: onDone });
    else record.mutate(input, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t(entry ? 'economy.correctValueDialogTitle' : 'economy.valueDialogTitle')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Select
          label={t('economy.valueKind')}
          required
          allowDeselect={false}
          data={WELFARE_VALUE_KINDS.map((value) => ({ value, label: t(`economy.valueKind_${value}`) }))}
          value={kind}
          onChange={(value) => setKind(WELFARE_VALUE_KINDS.find((k) => k === value) ?? 'initial')}
          error={fields.kind}
          data-autofocus
        />
        <Group grow align="flex-start">
          <DateField label={t('economy.valueDate')} required value={date} onChange={(value) => setDate(value)} error={fields.date} />
          <TextInput label={t('economy.amount')} required inputMode="numeric" rightSection="kr" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={amountError ?? fields.amountSek} />
        </Group>
        <Textarea label={t('economy.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fields.note} />
        <FormActions submitLabel={t('common.save')} pending={mutation.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
