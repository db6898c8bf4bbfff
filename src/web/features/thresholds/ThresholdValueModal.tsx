import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThresholdView } from '../../../shared/cooperations/threshold.schemas';
import { THRESHOLD_CODES, type ThresholdCode } from '../../../shared/cooperations/thresholds.rules';
import { isApiError } from '../../api/client';
import { isVersionConflict } from '../../components/ui/ConflictNotice';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreateThreshold, useUpdateThreshold } from './api';
import { DateField } from '../../components/ui/DateField';

type ThresholdValueModalProps = {
  opened: boolean;
  /** The value to correct; without one a new dated value is added. */
  editing: ThresholdView | null;
  /** The code a new value is for (chosen from that code's table). */
  code: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Adds a new dated value of a threshold or rate, or corrects a value's amount and source. */
export function ThresholdValueModal(props: ThresholdValueModalProps) {
  const { t } = useTranslation();
  const title = props.editing ? t('thresholds.editTitle') : t('thresholds.addTitle');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={title} size="md">
      {props.opened ? <ValueForm key={props.editing?.id ?? props.code} {...props} /> : null}
    </AppModal>
  );
}

function ValueForm({ editing, code: initialCode, onClose, onSaved }: ThresholdValueModalProps) {
  const { t } = useTranslation();
  const create = useCreateThreshold();
  const update = useUpdateThreshold();
  const mutation = editing ? update : create;
  const [code, setCode] = useState(initialCode);
  const [validFrom, setValidFrom] = useState('');
  const [amount, setAmount] = useState<number | null>(editing?.amountSek ?? null);
  const [source, setSource] = useState(editing?.source ?? '');
  const errors = isApiError(mutation.error) ? mutation.error.fieldErrors() : {};
  const conflict = isVersionConflict(mutation.error);
  const otherError = mutation.error && Object.keys(errors).length === 0 ? (conflict ? t('thresholds.conflict') : errorMessage(mutation.error, t)) : undefined;
  const name = (c: string) => ((THRESHOLD_CODES as readonly string[]).includes(c) ? t(`thresholds.code_${c as ThresholdCode}`) : c);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (editing) {
      update.mutate(
        { id: editing.id, version: editing.version, amountSek: amount ?? Number.NaN, source },
        { onSuccess: () => onSaved(t('thresholds.updated', { name: name(editing.code) })) },
      );
    } else {
      create.mutate(
        { code: code as ThresholdCode, validFrom, amountSek: amount ?? Number.NaN, source },
        { onSuccess: () => onSaved(t('thresholds.created', { name: name(code) })) },
      );
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {editing ? null : (
          <>
            <NativeSelect
              label={t('thresholds.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              data={THRESHOLD_CODES.map((c) => ({ value: c, label: name(c) }))}
              error={errors.code}
            />
            <DateField
              label={t('thresholds.validFrom')}
              description={t('thresholds.validFromHint')}
              required
              data-autofocus
              value={validFrom}
              onChange={(value) => setValidFrom(value)}
              error={errors.validFrom}
            />
          </>
        )}
        <NumberInput
          label={t('thresholds.amount')}
          required
          min={0}
          decimalScale={2}
          thousandSeparator=" "
          decimalSeparator=","
          suffix=" kr"
          value={amount ?? ''}
          onChange={(v) => setAmount(typeof v === 'number' ? v : null)}
          error={errors.amountSek}
          data-autofocus={editing ? true : undefined}
        />
        <Textarea
          label={t('thresholds.source')}
          description={t('thresholds.sourceHint')}
          required
          autosize
          minRows={2}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={errors.source}
        />
        {otherError ? (
          <Alert color={conflict ? 'yellow' : 'red'} variant="light" role="alert">
            {otherError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {editing ? t('common.save') : t('thresholds.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
