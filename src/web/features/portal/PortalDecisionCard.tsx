import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../shared/governance/governance.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { useVoteOnDecision } from './api';

type PortalDecisionCardProps = {
  decision: DecisionView;
  /** Party names by organisation id, to say whose approval it waits for. */
  partyNames: ReadonlyMap<string, string>;
  organisationId: string;
  /** The caller is its organisation's linked representative with the right to approve (IOP-6). */
  canVote: boolean;
  headingLevel?: 'h3' | 'h4';
};

/**
 * A joint decision as the partner sees it: its text and status, whose approval it waits for, and —
 * for the organisation's representative — approve, or reject after confirming (IOP-6).
 */
export function PortalDecisionCard({ decision, partyNames, organisationId, canVote, headingLevel = 'h3' }: PortalDecisionCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const vote = useVoteOnDecision();
  const [confirming, setConfirming] = useState(false);
  const waitsForUs = decision.status === 'proposed' && decision.awaitingOrganisationIds.includes(organisationId);
  const awaiting = decision.awaitingOrganisationIds.map((id) => partyNames.get(id) ?? '').filter(Boolean);
  const Heading = headingLevel;
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Stack gap="xs">
        <Group gap="sm" justify="space-between">
          <Heading style={{ margin: 0, fontSize: 'var(--mantine-font-size-md)' }}>{decision.text}</Heading>
          <Badge variant="light" color={decision.status === 'decided' ? 'green' : decision.status === 'rejected' ? 'red' : 'blue'}>
            {t(`governance.decisionStatus_${decision.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {formatDate(decision.proposedAt, locale)}
        </Text>
        {decision.status === 'proposed' && awaiting.length > 0 ? <Text size="sm">{t('portal.awaitingFrom', { parties: awaiting.join(', ') })}</Text> : null}
        {waitsForUs && canVote ? (
          <>
            {vote.error && !confirming ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(vote.error, t)}
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button onClick={() => vote.mutate({ decisionId: decision.id, vote: 'approve' })} loading={vote.isPending && vote.variables?.vote === 'approve'}>
                {t('portal.approve')}
              </Button>
              <Button variant="default" color="red" onClick={() => setConfirming(true)}>
                {t('portal.reject')}
              </Button>
            </Group>
            <ConfirmDialog
              opened={confirming}
              title={t('portal.confirmRejectTitle')}
              confirmLabel={t('portal.reject')}
              destructive
              pending={vote.isPending}
              error={vote.error}
              onConfirm={() => vote.mutate({ decisionId: decision.id, vote: 'reject' }, { onSuccess: () => setConfirming(false) })}
              onClose={() => setConfirming(false)}
            >
              {t('portal.confirmReject')}
            </ConfirmDialog>
          </>
        ) : null}
        {waitsForUs && !canVote ? <Text size="sm">{t('portal.readOnlyVote')}</Text> : null}
      </Stack>
    </Paper>
  );
}
