import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planAnnexTitle } from '../../../shared/governance/cycle.rules';
import type { BodyCycleView, CycleTaskView } from '../../../shared/governance/cycle.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { useBodyCycle, useCompleteCycleTask } from './api';
import { cycleTaskLabel, localIsoDate } from './governance.format';
import { DateField } from '../../components/ui/DateField';

type CompleteCycleTaskModalProps = {
  task: CycleTaskView | null;
  cycle: BodyCycleView | null;
  onClose: () => void;
  onDone: (message: string) => void;
};

/** Completes a task of the annual cycle: a follow-up with its note, the plan with the decision that adopted it (IOP-7). */
export function CompleteCycleTaskModal({ task, cycle, onClose, onDone }: CompleteCycleTaskModalProps) {
  const { t } = useTranslation();
  const label = task ? cycleTaskLabel(task) : null;
  const title = label ? t(label.key, { year: label.year }) : '';
  return (
    <AppModal opened={task !== null} onClose={onClose} title={title} size="lg">
      {task && cycle ? <CompleteForm key={task.id} task={task} cycle={cycle} title={title} onClose={onClose} onDone={onDone} /> : null}
    </AppModal>
  );
}

function CompleteForm({ task, cycle, title, onClose, onDone }: { task: CycleTaskView; cycle: BodyCycleView; title: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const complete = useCompleteCycleTask();
  const reload = useBodyCycle(task.bodyId, cycle.year);
  const isPlan = task.kind === 'plan_next_year';
  const [note, setNote] = useState('');
  const [decisionReference, setDecisionReference] = useState('');
  const [decidedOn, setDecidedOn] = useState(localIsoDate(new Date()));
  const [planText, setPlanText] = useState('');
  const conflict = isVersionConflict(complete.error);
  const fields = isApiError(complete.error) ? complete.error.fieldErrors() : {};
  const noAgreement = 'agreement' in fields;
  const general = complete.error && !conflict && Object.keys(fields).length === 0 ? errorMessage(complete.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    complete.mutate(
      isPlan ? { id: task.id, version: task.version, note, decisionReference, decidedOn, planText } : { id: task.id, version: task.version, note },
      { onSuccess: () => onDone(isPlan ? t('governance.cyclePlanCompleted') : t('governance.cycleCompleted')) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            title={t('governance.cycleConflictTitle')}
            text={t('governance.cycleConflictText')}
            reloadLabel={t('governance.conflictReload')}
            reloading={reload.isFetching}
            onReload={() => {
              void reload.refetch().then(() => onClose());
            }}
          />
        ) : null}
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        {noAgreement || (isPlan && !cycle.agreement) ? (
          <Alert color="red" variant="light" role="alert">
            {t('governance.cycleNoAgreementError')}
          </Alert>
        ) : null}
        {isPlan ? (
          <>
            <TextInput
              label={t('governance.cycleDecisionReference')}
              description={t('governance.cycleDecisionReferenceHint')}
              required
              value={decisionReference}
              onChange={(e) => setDecisionReference(e.currentTarget.value)}
              error={fields.decisionReference}
              maxLength={200}
              data-autofocus
            />
            <DateField label={t('governance.cycleDecidedOn')} required value={decidedOn} onChange={(value) => setDecidedOn(value)} error={fields.decidedOn} />
            <Textarea
              label={t('governance.cyclePlanText')}
              description={t('governance.cyclePlanTextHint', { title: planAnnexTitle(task.cycleYear) })}
              required
              autosize
              minRows={5}
              value={planText}
              onChange={(e) => setPlanText(e.currentTarget.value)}
              error={fields.planText}
            />
            <Textarea label={t('governance.cycleNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fields.note} />
          </>
        ) : (
          <Textarea
            label={t('governance.cycleFollowUpNote')}
            description={t('governance.cycleFollowUpNoteHint')}
            required
            autosize
            minRows={5}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fields.note}
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={complete.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={complete.isPending} disabled={conflict}>
            {t('governance.cycleComplete')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
