import { Alert, Button, Group, MultiSelect, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistrictHistoryView } from '../../../shared/organisations/district-history.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { SuccessionStoppedError, useRecordSuccession } from './api';
import {
  type DraftProblemKey,
  draftProblems,
  emptyDraft,
  formErrorsOf,
  openDistricts,
  type SuccessionDraft,
  type SuccessionField,
  type SuccessorDraft,
  successionRequests,
} from './district-succession.model';

type Props = { districts: readonly DistrictHistoryView[]; onMessage: (message: string | null) => void };

/** "Registrera sammanslagning eller delning": predecessors, successors (existing or new) and a date, confirmed before saving. */
export function SuccessionForm({ districts, onMessage }: Props) {
  const { t } = useTranslation();
  const record = useRecordSuccession();
  const [draft, setDraft] = useState<SuccessionDraft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<SuccessionField, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const [stopped, setStopped] = useState<string | null>(null);
  const open = openDistricts(districts);
  const nameOf = (code: string) => districts.find((d) => d.code === code)?.nameSv ?? code;
  const options = open.map((d) => ({ value: d.code, label: d.nameSv }));

  const change = (next: Partial<SuccessionDraft>) => setDraft((d) => ({ ...d, ...next }));
  const changeSuccessor = (index: number, next: SuccessorDraft) => change({ successors: draft.successors.map((s, i) => (i === index ? next : s)) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStopped(null);
    onMessage(null);
    const problems = draftProblems(draft, districts);
    setErrors(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key as DraftProblemKey)])));
    if (Object.keys(problems).length === 0) setConfirming(true);
  };

  const save = () => {
    const requests = successionRequests(draft);
    record.mutate(requests, {
      onSuccess: () => {
        setConfirming(false);
        setDraft(emptyDraft());
        setErrors({});
        onMessage(t('districts.saved', { date: formatCalendarDate(draft.effectiveOn, currentLocale()) }));
      },
      onError: (error) => {
        setConfirming(false);
        const stoppedAt = error instanceof SuccessionStoppedError ? error.saved : 0;
        const reason = error instanceof SuccessionStoppedError ? error.reason : error;
        const fieldErrors = isApiError(reason) ? formErrorsOf(reason.fieldErrors(), stoppedAt) : {};
        setErrors(fieldErrors);
        const parts = [
          stoppedAt > 0 ? t('districts.partlySaved', { count: stoppedAt }) : null,
          Object.keys(fieldErrors).length === 0 ? errorMessage(reason, t) : t('districts.refused'),
        ];
        setStopped(parts.filter(Boolean).join(' '));
        // What was recorded is now history: the form keeps only the successors still to do.
        if (stoppedAt > 0) change({ successors: draft.successors.slice(stoppedAt) });
      },
    });
  };

  const successorNames = draft.successors.map((s) => (s.kind === 'existing' ? nameOf(s.code) : t('districts.newNamed', { name: s.nameSv.trim() })));

  return (
    <form onSubmit={submit} noValidate aria-label={t('districts.formTitle')}>
      <Stack gap="md" maw={720}>
        <DateField
          label={t('districts.effectiveOn')}
          description={t('districts.effectiveOnHint')}
          required
          value={draft.effectiveOn}
          onChange={(effectiveOn) => change({ effectiveOn })}
          error={errors.effectiveOn}
        />
        <MultiSelect
          id="district-predecessors"
          label={t('districts.predecessorsField')}
          description={t('districts.predecessorsHint')}
          required
          searchable
          data={options}
          value={draft.predecessors}
          onChange={(predecessors) => change({ predecessors })}
          error={errors.predecessors}
          nothingFoundMessage={t('districts.noMatch')}
        />
        <Stack gap="xs" role="group" aria-labelledby="district-successors-label">
          <Text size="sm" fw={500} id="district-successors-label">
            {t('districts.successorsField')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('districts.successorsHint')}
          </Text>
          {draft.successors.map((successor, i) => (
            <SuccessorRow
              key={i}
              index={i}
              successor={successor}
              options={options.filter((o) => !draft.predecessors.includes(o.value))}
              error={errors[`successors.${i}`]}
              onChange={(next) => changeSuccessor(i, next)}
              onRemove={draft.successors.length > 1 ? () => change({ successors: draft.successors.filter((_, k) => k !== i) }) : undefined}
            />
          ))}
          <Group>
            <Button variant="default" size="sm" leftSection={<PlusIcon size={16} />} onClick={() => change({ successors: [...draft.successors, { kind: 'existing', code: '' }] })}>
              {t('districts.addSuccessor')}
            </Button>
          </Group>
        </Stack>
        {stopped ? (
          <Alert color="red" variant="light" role="alert">
            {stopped}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit">{t('districts.submit')}</Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('districts.confirmTitle')}
        confirmLabel={t('districts.confirm')}
        destructive
        pending={record.isPending}
        error={null}
        onConfirm={save}
        onClose={() => setConfirming(false)}
      >
        {t('districts.confirmText', {
          date: draft.effectiveOn ? formatCalendarDate(draft.effectiveOn, currentLocale()) : '',
          predecessors: draft.predecessors.map(nameOf).join(', '),
          successors: successorNames.join(', '),
        })}
      </ConfirmDialog>
    </form>
  );
}

type RowProps = {
  index: number;
  successor: SuccessorDraft;
  options: { value: string; label: string }[];
  error: string | undefined;
  onChange: (next: SuccessorDraft) => void;
  onRemove: (() => void) | undefined;
};

function SuccessorRow({ index, successor, options, error, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  const label = t('districts.successorN', { n: index + 1 });
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <SegmentedControl
        aria-label={t('districts.successorKind', { n: index + 1 })}
        value={successor.kind}
        onChange={(kind) => onChange(kind === 'new' ? { kind: 'new', nameSv: '' } : { kind: 'existing', code: '' })}
        data={[
          { value: 'existing', label: t('districts.existing') },
          { value: 'new', label: t('districts.new') },
        ]}
      />
      {successor.kind === 'existing' ? (
        <NativeSelect
          aria-label={label}
          style={{ flex: 1, minWidth: 240 }}
          value={successor.code}
          onChange={(e) => onChange({ kind: 'existing', code: e.currentTarget.value })}
          data={[{ value: '', label: t('districts.choose') }, ...options]}
          error={error}
        />
      ) : (
        <TextInput
          aria-label={t('districts.newName', { n: index + 1 })}
          placeholder={t('districts.newNamePlaceholder')}
          style={{ flex: 1, minWidth: 240 }}
          value={successor.nameSv}
          onChange={(e) => onChange({ kind: 'new', nameSv: e.currentTarget.value })}
          error={error}
          maxLength={200}
        />
      )}
      {onRemove ? (
        <Button variant="subtle" color="red" size="sm" leftSection={<TrashIcon size={16} />} onClick={onRemove} aria-label={t('districts.removeSuccessor', { n: index + 1 })}>
          {t('districts.remove')}
        </Button>
      ) : null}
    </Group>
  );
}
