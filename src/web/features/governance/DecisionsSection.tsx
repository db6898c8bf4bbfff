import { Alert, Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView, MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon, PlusIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useProposeDecision } from './api';
import { DecisionCard } from './DecisionCard';
import type { BodyParty } from './governance.format';

type DecisionsSectionProps = {
  bodyId: string;
  decisions: DecisionView[];
  members: MemberView[];
  /** The body's decision-making parties (IOP-6). */
  parties: BodyParty[];
  /** A closed body takes no new decisions. */
  bodyActive: boolean;
  /** Set on a meeting's page: new decisions are proposed at that meeting. */
  meetingId?: string | undefined;
  title: string;
  emptyText: string;
  onMessage: (message: string) => void;
};

/** A body's (or a meeting's) decisions with each party's approval; writers propose one in a dialog (IOP-6). */
export function DecisionsSection({ bodyId, decisions, members, parties, bodyActive, meetingId, title, emptyText, onMessage }: DecisionsSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('governance.write') && bodyActive;
  const [proposing, setProposing] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="decisions-heading">
      <div id="decisions-heading">
        <PanelHeading
          title={title}
          description={t('governance.decisionsIntro')}
          actions={
            canWrite ? (
              <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setProposing(true)}>
                {t('governance.proposeDecision')}
              </Button>
            ) : undefined
          }
        />
      </div>
      <Stack gap="md">
        {parties.length === 0 ? (
          <Alert color="yellow" variant="light" icon={<AlertIcon />}>
            {t('governance.noPartiesWarning')}
          </Alert>
        ) : null}
        {decisions.length === 0 ? <EmptyMessage>{emptyText}</EmptyMessage> : null}
        {decisions.map((d, i) => (
          <DecisionCard key={d.id} decision={d} members={members} parties={parties} index={i + 1} onMessage={onMessage} />
        ))}
      </Stack>
      <AppModal opened={proposing} onClose={() => setProposing(false)} title={t('governance.proposeDecision')} size="lg">
        {proposing ? (
          <ProposeDecisionForm
            bodyId={bodyId}
            meetingId={meetingId}
            onClose={() => setProposing(false)}
            onProposed={() => {
              setProposing(false);
              onMessage(t('governance.decisionProposed'));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

type ProposeDecisionFormProps = { bodyId: string; meetingId?: string | undefined; onClose: () => void; onProposed: () => void };

function ProposeDecisionForm({ bodyId, meetingId, onClose, onProposed }: ProposeDecisionFormProps) {
  const { t } = useTranslation();
  const propose = useProposeDecision(bodyId);
  const [text, setText] = useState('');
  const fields = isApiError(propose.error) ? propose.error.fieldErrors() : {};
  const general = propose.error && Object.keys(fields).length === 0 ? errorMessage(propose.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    propose.mutate({ text, meetingId: meetingId ?? null }, { onSuccess: onProposed });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.proposeDecision')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Textarea
          label={t('governance.decisionText')}
          required
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text}
          maxLength={5000}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={propose.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={propose.isPending}>
            {t('governance.proposeDecision')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
