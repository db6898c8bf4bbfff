import { Alert, Button, Paper, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView, MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { errorMessage } from '../../components/ui/error-message.format';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useProposeDecision } from './api';
import { DecisionCard } from './DecisionCard';

type DecisionsSectionProps = {
  bodyId: string;
  decisions: DecisionView[];
  members: MemberView[];
  /** Set on a meeting's page: new decisions are proposed at that meeting. */
  meetingId?: string | undefined;
  title: string;
  emptyText: string;
  onMessage: (message: string) => void;
};

/** A body's (or a meeting's) decisions with each party's approval, and the form to propose one (IOP-6). */
export function DecisionsSection({ bodyId, decisions, members, meetingId, title, emptyText, onMessage }: DecisionsSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('governance.write');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="decisions-heading">
      <div id="decisions-heading">
        <PanelHeading title={title} description={t('governance.decisionsIntro')} />
      </div>
      <Stack gap="md">
        {decisions.length === 0 ? <EmptyMessage>{emptyText}</EmptyMessage> : null}
        {decisions.map((d, i) => (
          <DecisionCard key={d.id} decision={d} members={members} index={i + 1} onMessage={onMessage} />
        ))}
        {canWrite ? <ProposeDecisionForm bodyId={bodyId} meetingId={meetingId} onMessage={onMessage} /> : null}
      </Stack>
    </Paper>
  );
}

function ProposeDecisionForm({ bodyId, meetingId, onMessage }: { bodyId: string; meetingId?: string | undefined; onMessage: (m: string) => void }) {
  const { t } = useTranslation();
  const propose = useProposeDecision(bodyId);
  const [text, setText] = useState('');
  const fields = isApiError(propose.error) ? propose.error.fieldErrors() : {};
  const general = propose.error && Object.keys(fields).length === 0 ? errorMessage(propose.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    propose.mutate(
      { text, meetingId: meetingId ?? null },
      {
        onSuccess: () => {
          setText('');
          onMessage(t('governance.decisionProposed'));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.proposeDecision')}>
      <Stack gap="sm" align="flex-start">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Textarea
          label={t('governance.decisionText')}
          required
          autosize
          minRows={2}
          w="100%"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text}
          maxLength={5000}
        />
        <Button type="submit" variant="default" loading={propose.isPending}>
          {t('governance.proposeDecision')}
        </Button>
      </Stack>
    </form>
  );
}
