import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_KINDS, type FollowUpKind, holdingBodyTypes, periodKindOf, periodKindOfText, ROUTINE_ANSWERS, type RoutineAnswer } from '../../../shared/followup/follow-up-record.rules';
import type { CooperationFollowUpsView } from '../../../shared/followup/follow-up-record.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { localIsoDate } from '../governance/governance.format';
import { useFollowUpPlan, useRecordFollowUpRecord } from './api';
import { PlanIndicatorsContext } from './PlanIndicatorsContext';

type Props = { opened: boolean; cooperationId: string; context: CooperationFollowUpsView; onClose: () => void; onDone: () => void };

/** Records a follow-up: a form per kind, the cluster's routine form with the template's questions (AGR-5, IOP-7). */
export function RecordFollowUpModal({ opened, cooperationId, context, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('followUps.newFollowUp')} size="xl">
      {opened ? <RecordForm cooperationId={cooperationId} context={context} onClose={onClose} onDone={onDone} /> : null}
    </AppModal>
  );
}

function defaultPeriod(kind: FollowUpKind, today: string): string {
  const year = Number(today.slice(0, 4));
  if (periodKindOf(kind) === 'year') return String(year - 1);
  return `${year}-H${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`;
}

function RecordForm({ cooperationId, context, onClose, onDone }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const today = localIsoDate(new Date());
  const record = useRecordFollowUpRecord(cooperationId);
  const [kind, setKind] = useState<FollowUpKind>('operative_semester');
  const [period, setPeriod] = useState(defaultPeriod('operative_semester', today));
  const bodiesOf = (k: FollowUpKind) => context.bodies.filter((b) => (holdingBodyTypes(k) as readonly string[]).includes(b.type));
  const [bodyId, setBodyId] = useState(bodiesOf('operative_semester')[0]?.id ?? '');
  const [heldOn, setHeldOn] = useState(today);
  const [participants, setParticipants] = useState('');
  const [results, setResults] = useState('');
  const [deviations, setDeviations] = useState('');
  const [conclusion, setConclusion] = useState('');
  const [answers, setAnswers] = useState<Record<string, { answer: RoutineAnswer | ''; comment: string }>>({});
  const [confirming, setConfirming] = useState(false);
  const validPeriod = periodKindOfText(period) !== null;
  const plan = useFollowUpPlan(cooperationId, validPeriod ? Number(period.slice(0, 4)) : null);
  const fields = isApiError(record.error) ? record.error.fieldErrors() : {};
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;
  const template = context.template;
  const isRoutine = kind === 'cluster_routine';
  const bodies = bodiesOf(kind);

  const changeKind = (next: FollowUpKind) => {
    setKind(next);
    setPeriod(defaultPeriod(next, today));
    setBodyId(bodiesOf(next)[0]?.id ?? '');
  };
  const send = () =>
    record.mutate(
      {
        kind,
        period,
        bodyId,
        heldOn,
        participants,
        results,
        deviations,
        conclusion,
        ...(isRoutine && template
          ? { answers: template.questions.map((q) => ({ questionId: q.id, answer: (answers[q.id]?.answer || 'yes') as RoutineAnswer, comment: answers[q.id]?.comment ?? '' })) }
          : {}),
      },
      { onSuccess: onDone, onSettled: () => setConfirming(false) },
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The steering group's yearly follow-up completes a task of the annual cycle, which cannot be undone.
    if (kind === 'iop_yearly') setConfirming(true);
    else send();
  };
  const unanswered = isRoutine && template !== null && template.questions.some((q) => !answers[q.id]?.answer);

  return (
    <form onSubmit={submit} noValidate aria-label={t('followUps.newFollowUp')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('followUps.kind')}
          value={kind}
          onChange={(e) => changeKind(e.currentTarget.value as FollowUpKind)}
          data={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`followUps.kind_${k}`) }))}
          error={fields.kind}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('followUps.period')}
            description={periodKindOf(kind) === 'semester' ? t('followUps.periodSemesterHint') : kind === 'iop_yearly' ? t('followUps.periodYearIopHint') : t('followUps.periodYearHint')}
            required
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value.trim())}
            error={fields.period}
            maxLength={7}
          />
          <DateField label={t('followUps.heldOn')} required value={heldOn} onChange={setHeldOn} error={fields.heldOn} />
        </Group>
        {bodies.length === 0 ? (
          <Alert color="yellow" variant="light">
            {t('followUps.noBody')}
          </Alert>
        ) : (
          <NativeSelect label={t('followUps.body')} required value={bodyId} onChange={(e) => setBodyId(e.currentTarget.value)} data={bodies.map((b) => ({ value: b.id, label: b.name }))} error={fields.bodyId} />
        )}
        <Textarea label={t('followUps.participants')} required autosize minRows={2} value={participants} onChange={(e) => setParticipants(e.currentTarget.value)} error={fields.participants} />
        {plan.data ? <PlanIndicatorsContext plan={plan.data} /> : null}
        {!isRoutine ? (
          <>
            <Textarea label={t('followUps.results')} autosize minRows={3} value={results} onChange={(e) => setResults(e.currentTarget.value)} error={fields.results} />
            <Textarea label={t('followUps.deviations')} autosize minRows={2} value={deviations} onChange={(e) => setDeviations(e.currentTarget.value)} error={fields.deviations} />
          </>
        ) : template && template.currentVersion > 0 ? (
          <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} fz="h5" component="legend">
              {t('followUps.templateTitle', { version: template.currentVersion })}
            </Title>
            {template.questions.map((q, i) => (
              <Stack key={q.id} gap={4}>
                <Text size="sm" fw={600} id={`question-${q.id}`}>
                  {i + 1}. {q.text}
                </Text>
                <SegmentedControl
                  aria-labelledby={`question-${q.id}`}
                  value={answers[q.id]?.answer ?? ''}
                  onChange={(value) => setAnswers({ ...answers, [q.id]: { answer: value as RoutineAnswer, comment: answers[q.id]?.comment ?? '' } })}
                  data={ROUTINE_ANSWERS.map((a) => ({ value: a, label: t(`followUps.answer_${a}`) }))}
                  w="fit-content"
                />
                <TextInput
                  label={t('followUps.answerComment')}
                  size="xs"
                  value={answers[q.id]?.comment ?? ''}
                  onChange={(e) => setAnswers({ ...answers, [q.id]: { answer: answers[q.id]?.answer ?? '', comment: e.currentTarget.value } })}
                  error={fields[`answers.${i}.comment`]}
                />
              </Stack>
            ))}
            {fields.answers ? (
              <Text size="sm" c="red" role="alert">
                {fields.answers}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Alert color="yellow" variant="light">
            {t('followUps.templateMissing')}
          </Alert>
        )}
        <Textarea label={t('followUps.conclusion')} required autosize minRows={2} value={conclusion} onChange={(e) => setConclusion(e.currentTarget.value)} error={fields.conclusion} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} disabled={bodies.length === 0 || unanswered || (isRoutine && !template?.currentVersion)}>
            {t('followUps.save')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('followUps.confirmIopTitle')}
        confirmLabel={t('followUps.save')}
        pending={record.isPending}
        error={null}
        onConfirm={send}
        onClose={() => setConfirming(false)}
      >
        {t('followUps.confirmIopText')}
      </ConfirmDialog>
    </form>
  );
}
