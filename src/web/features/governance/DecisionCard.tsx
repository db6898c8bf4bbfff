import { Badge, Button, Group, List, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView, MemberView } from '../../../shared/governance/governance.schemas';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDateTime } from '../../components/ui/date.format';
import { useVoteOnDecision } from './api';
import { DecisionStatusBadge } from './BodyBadges';
import { DecisionSpreadPanel } from './DecisionSpreadPanel';
import { type BodyParty, canVote, memberOfUser, partyVotes, uncountedVotes, voterOfUser } from './governance.format';

type DecisionCardProps = {
  decision: DecisionView;
  members: MemberView[];
  /** The body's decision-making parties: one row each; other members' votes are not counted (IOP-6). */
  parties: BodyParty[];
  /** 1-based position, to tell the decisions apart in accessible names. */
  index: number;
  onMessage: (message: string) => void;
};

/**
 * One decision: its text, status, each party's approval (who and when), votes recorded for
 * organisations that take part without a vote (never counted), and the vote buttons for a
 * member of a party (IOP-6).
 */
export function DecisionCard({ decision, members, parties, index, onMessage }: DecisionCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useCurrentSession();
  const mayApprove = useCan('decisions.approve');
  const seat = mayApprove ? memberOfUser(members, session.user.id) : null;
  const me = mayApprove ? voterOfUser(members, parties, session.user.id) : null;
  const organisationNames = new Map(members.map((m) => [m.organisation.id, m.organisation.name]));
  const uncounted = uncountedVotes(decision);
  const vote = useVoteOnDecision();
  const [confirming, setConfirming] = useState<'approve' | 'reject' | null>(null);
  const headingId = `decision-${decision.id}`;
  const rows = partyVotes(decision, parties);
  const close = () => {
    setConfirming(null);
    vote.reset();
  };

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Text id={headingId} fw={600} component="h3" fz="md" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              <VisuallyHidden>{t('governance.decisionsTitle')} {index}: </VisuallyHidden>
              {decision.text}
            </Text>
            <Text size="sm" c="dimmed">
              {t('governance.proposedAt', { date: formatDateTime(decision.proposedAt, locale) })}
              {decision.decidedAt ? ` · ${t('governance.decidedAt', { date: formatDateTime(decision.decidedAt, locale) })}` : ''}
            </Text>
          </Stack>
          <DecisionStatusBadge status={decision.status} />
        </Group>
        <Table.ScrollContainer minWidth={480} type="native">
          <Table verticalSpacing="xs" aria-label={`${t('governance.partiesLabel')} ${index}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.colParty')}</Table.Th>
                <Table.Th scope="col">{t('governance.colPartyVote')}</Table.Th>
                <Table.Th scope="col">{t('governance.colVotedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.organisationId}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">{r.organisationName}</Text>
                  </Table.Th>
                  <Table.Td>
                    <Badge variant="light" size="sm" color={r.vote === 'approve' ? 'green' : r.vote === 'reject' ? 'red' : 'gray'}>
                      {r.vote === 'approve' ? t('governance.partyApproved') : r.vote === 'reject' ? t('governance.partyRejected') : t('governance.partyAwaiting')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.votes.map((v) => t('governance.votedBy', { name: v.memberName, date: formatDateTime(v.at, locale) })).join('; ') || '–'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {uncounted.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('governance.uncountedVotesLabel')}
            </Text>
            <List size="sm" spacing={2}>
              {uncounted.map((v) => (
                <List.Item key={v.memberId}>
                  {t('governance.uncountedVote', {
                    name: v.memberName,
                    organisation: organisationNames.get(v.organisationId) ?? '',
                    vote: v.vote === 'approve' ? t('governance.partyApproved') : t('governance.partyRejected'),
                    date: formatDateTime(v.at, locale),
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {seat && !me && decision.status === 'proposed' ? (
          <Text size="sm" c="dimmed">
            {t('governance.withoutVoteYou', { organisation: seat.organisation.name })}
          </Text>
        ) : null}
        {canVote(decision, me) ? (
          <Group gap="sm">
            <Button size="sm" onClick={() => setConfirming('approve')} aria-describedby={headingId}>
              {t('governance.approve')}
            </Button>
            <Button size="sm" variant="outline" color="red" onClick={() => setConfirming('reject')} aria-describedby={headingId}>
              {t('governance.reject')}
            </Button>
          </Group>
        ) : null}
        <DecisionSpreadPanel decision={decision} members={members} onMessage={onMessage} />
      </Stack>
      {me ? (
        <ConfirmDialog
          opened={confirming !== null}
          title={confirming === 'reject' ? t('governance.rejectTitle') : t('governance.approveTitle')}
          confirmLabel={confirming === 'reject' ? t('governance.reject') : t('governance.approve')}
          destructive={confirming === 'reject'}
          pending={vote.isPending}
          error={vote.error}
          onClose={close}
          onConfirm={() => {
            if (!confirming) return;
            const chosen = confirming;
            vote.mutate(
              { id: decision.id, vote: chosen },
              {
                onSuccess: () => {
                  setConfirming(null);
                  onMessage(chosen === 'reject' ? t('governance.rejected') : t('governance.approved'));
                },
              },
            );
          }}
        >
          {t(confirming === 'reject' ? 'governance.rejectText' : 'governance.approveText', { name: me.name, organisation: me.organisation.name })}
        </ConfirmDialog>
      ) : null}
    </Paper>
  );
}
