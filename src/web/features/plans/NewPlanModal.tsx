import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPeriodKind } from '../../../shared/followup/plan.rules';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreatePlan } from './api';

type NewPlanModalProps = { cooperationId: string; opened: boolean; onClose: () => void };

/** Starts a plan for a year as a draft, then opens it for adding goals and indicators. */
export function NewPlanModal({ cooperationId, opened, onClose }: NewPlanModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('plans.new')} size="lg">
      {opened ? <NewPlanForm cooperationId={cooperationId} onClose={onClose} /> : null}
    </AppModal>
  );
}

function NewPlanForm({ cooperationId, onClose }: Omit<NewPlanModalProps, 'opened'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePlan(cooperationId);
  const [year, setYear] = useState<number | string>(new Date().getFullYear() + 1);
  const [periodKind, setPeriodKind] = useState<PlanPeriodKind>('semester');
  const [summary, setSummary] = useState('');
  const [yearInvalid, setYearInvalid] = useState(false);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const general = create.error && !fields.year ? errorMessage(create.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = typeof year === 'number' ? year : Number(year);
    if (!Number.isInteger(value) || value < 1900 || value > 2200) {
      setYearInvalid(true);
      return;
    }
    create.mutate(
      { year: value, periodKind, summary: summary.trim() === '' ? null : summary.trim() },
      {
        onSuccess: (plan) => {
          onClose();
          void navigate({ to: '/samverkan/$id/planer/$planId', params: { id: cooperationId, planId: plan.id }, state: { flash: t('plans.created') } });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('plans.new')}>
      <Stack gap="md">
        <Text size="sm">{t('plans.newIntro')}</Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <NumberInput
          label={t('plans.year')}
          required
          value={year}
          onChange={(v) => {
            setYear(v);
            setYearInvalid(false);
          }}
          min={1900}
          max={2200}
          allowDecimal={false}
          error={yearInvalid ? t('plans.yearInvalid') : fields.year}
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="new-plan-period">
            {t('plans.periodKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="new-plan-period"
            value={periodKind}
            onChange={(v) => setPeriodKind(v === 'year' ? 'year' : 'semester')}
            data={[
              { value: 'semester', label: t('plans.period_semester') },
              { value: 'year', label: t('plans.period_year') },
            ]}
          />
        </Stack>
        <Textarea label={t('plans.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize minRows={2} error={fields.summary} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('plans.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
