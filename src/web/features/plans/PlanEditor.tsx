import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPeriodKind } from '../../../shared/followup/plan.rules';
import type { PlanView } from '../../../shared/followup/plan.schemas';
import { isApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { withConflictNotice } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { useProposePlan, useUpdatePlan } from './api';
import { IndicatorFields } from './IndicatorFields';
import { AgendaGoalSelect } from './AgendaGoalSelect';
import { type DraftProblemKey, draftProblems, emptyIndicator, type GoalDraft, type IndicatorDraft, newKey, toDrafts, toGoalInputs } from './plan-editor.model';

type Props = { plan: PlanView; onMessage: (message: string | null) => void };

/** The editor of a draft plan: period, summary, goals with their Agenda 2030 goal and indicators of both kinds; saving and proposing for adoption (AGR-2, IOP-6). */
export function PlanEditor({ plan, onMessage }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdatePlan(plan.id);
  const propose = useProposePlan(plan.id);
  const [periodKind, setPeriodKind] = useState<PlanPeriodKind>(plan.periodKind);
  const [summary, setSummary] = useState(plan.summary ?? '');
  const [goals, setGoals] = useState<GoalDraft[]>(() => toDrafts(plan.goals));
  const [dirty, setDirty] = useState(false);
  const [shownProblems, setShownProblems] = useState<Record<string, DraftProblemKey>>({});
  const [confirming, setConfirming] = useState(false);
  const serverFields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const { error, notice } = withConflictNotice(update.error, {
    title: t('plans.conflictTitle'),
    text: t('plans.conflictText'),
    reloadLabel: t('plans.reload'),
    reloading: false,
    onReload: () => void queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
  const fieldError = (path: string): string | undefined => {
    const key = shownProblems[path];
    return key ? t(key) : serverFields[path];
  };

  const change = (next: GoalDraft[]) => {
    setGoals(next);
    setDirty(true);
    setShownProblems({});
  };
  const changeGoal = (index: number, patch: Partial<GoalDraft>) => change(goals.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  const changeIndicator = (gi: number, ii: number, patch: Partial<IndicatorDraft>) =>
    changeGoal(gi, { indicators: goals[gi]!.indicators.map((ind, i) => (i === ii ? { ...ind, ...patch } : ind)) });

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = draftProblems(goals);
    setShownProblems(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate(
      { version: plan.version, periodKind, summary: summary.trim() === '' ? null : summary.trim(), goals: toGoalInputs(goals) },
      { onSuccess: () => onMessage(t('plans.saved')) },
    );
  };

  return (
    <form onSubmit={save} noValidate aria-label={t('plans.pageTitle', { year: plan.year })}>
      <Stack gap="md">
        {notice}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="plan-period">
            {t('plans.periodKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="plan-period"
            value={periodKind}
            onChange={(v) => {
              setPeriodKind(v === 'year' ? 'year' : 'semester');
              setDirty(true);
            }}
            data={[
              { value: 'semester', label: t('plans.period_semester') },
              { value: 'year', label: t('plans.period_year') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <Textarea
          label={t('plans.summary')}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
            setDirty(true);
          }}
          autosize
          minRows={2}
          error={serverFields.summary}
        />
        <Title order={2} size="h3">
          {t('plans.goals')}
        </Title>
        {goals.length === 0 ? <EmptyMessage>{t('plans.noGoals')}</EmptyMessage> : null}
        {goals.map((goal, gi) => (
          <Paper key={goal.key} withBorder radius="md" p="md" component="fieldset" aria-label={t('plans.goalHeading', { number: gi + 1 })}>
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} size="h4">
                  {t('plans.goalHeading', { number: gi + 1 })}
                </Title>
                <Button variant="subtle" color="red" size="xs" leftSection={<TrashIcon size={16} />} onClick={() => change(goals.filter((_, i) => i !== gi))}>
                  {t('plans.removeGoal')}
                </Button>
              </Group>
              <TextInput label={t('plans.goalTitle')} required value={goal.title} onChange={(e) => changeGoal(gi, { title: e.currentTarget.value })} error={fieldError(`goals.${gi}.title`)} />
              <Textarea label={t('plans.goalDescription')} value={goal.description} onChange={(e) => changeGoal(gi, { description: e.currentTarget.value })} autosize minRows={1} />
              <AgendaGoalSelect value={goal.agendaGoal} onChange={(agendaGoal) => changeGoal(gi, { agendaGoal })} error={fieldError(`goals.${gi}.agendaGoal`)} />
              <Text fw={600} size="sm">
                {t('plans.indicators')}
              </Text>
              {goal.indicators.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('plans.noIndicators')}
                </Text>
              ) : null}
              {goal.indicators.map((indicator, ii) => (
                <IndicatorFields
                  key={indicator.key}
                  indicator={indicator}
                  errorOf={(field) => fieldError(`goals.${gi}.indicators.${ii}.${field}`)}
                  onChange={(patch) => changeIndicator(gi, ii, patch)}
                  onRemove={() => changeGoal(gi, { indicators: goal.indicators.filter((_, i) => i !== ii) })}
                />
              ))}
              <Group gap="sm">
                <Button variant="default" size="xs" leftSection={<PlusIcon size={16} />} onClick={() => changeGoal(gi, { indicators: [...goal.indicators, emptyIndicator('quantitative')] })}>
                  {t('plans.addQuantitative')}
                </Button>
                <Button variant="default" size="xs" leftSection={<PlusIcon size={16} />} onClick={() => changeGoal(gi, { indicators: [...goal.indicators, emptyIndicator('qualitative')] })}>
                  {t('plans.addQualitative')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<PlusIcon size={18} />}
            onClick={() => change([...goals, { key: newKey(), title: '', description: '', agendaGoal: '', indicators: [] }])}
          >
            {t('plans.addGoal')}
          </Button>
        </Group>
        <Group justify="flex-end" gap="sm">
          {dirty ? (
            <Text size="sm" c="dimmed">
              {t('plans.unsavedChanges')}
            </Text>
          ) : null}
          <Button type="submit" loading={update.isPending}>
            {t('plans.save')}
          </Button>
          <Button variant="outline" disabled={dirty || plan.goals.length === 0} onClick={() => setConfirming(true)}>
            {t('plans.propose')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('plans.proposeTitle')}
        confirmLabel={t('plans.propose')}
        pending={propose.isPending}
        error={propose.error}
        onConfirm={() =>
          propose.mutate(plan.version, {
            onSuccess: () => {
              setConfirming(false);
              onMessage(t('plans.proposed'));
            },
          })
        }
        onClose={() => {
          setConfirming(false);
          propose.reset();
        }}
      >
        {t('plans.proposeText')}
      </ConfirmDialog>
    </form>
  );
}
