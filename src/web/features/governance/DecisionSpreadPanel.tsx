import { Alert, Button, Group, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView, MemberView } from '../../../shared/governance/governance.schemas';
import { SPREAD_SCOPES, type SpreadScope } from '../../../shared/governance/questions.rules';
import type { SpreadReceiverView } from '../../../shared/governance/questions.schemas';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { memberOfUser } from './governance.format';
import { useBodyQuestions, useDecisionSpread, useSpreadDecision } from './questions-api';

type DecisionSpreadPanelProps = { decision: DecisionView; members: MemberView[]; onMessage: (message: string) => void };

/**
 * On a decided decision (AGR-8): "Sprid till underliggande grupper" for the body's members and
 * governance writers, and "Spridning", which shows per receiving body who has read it and who has not.
 */
export function DecisionSpreadPanel({ decision, members, onMessage }: DecisionSpreadPanelProps) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const mayWrite = useCan('governance.write');
  const maySpread = mayWrite || memberOfUser(members, session.user.id) !== null;
  const [showing, setShowing] = useState(false);
  const [spreading, setSpreading] = useState(false);
  // Shared with the body's "Frågor" section (one request per body): whether any body lies below.
  const below = useBodyQuestions(decision.bodyId).data?.hasBodiesBelow ?? false;
  const regionId = `spread-${decision.id}`;
  if (decision.status !== 'decided' || !below) return null;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        {maySpread ? (
          <Button size="sm" variant="default" onClick={() => setSpreading(true)}>
            {t('governanceQuestions.spread')}
          </Button>
        ) : null}
        <Button size="sm" variant="subtle" onClick={() => setShowing((s) => !s)} aria-expanded={showing} aria-controls={regionId}>
          {showing ? t('governanceQuestions.hideSpread') : t('governanceQuestions.showSpread')}
        </Button>
      </Group>
      <div id={regionId}>{showing ? <SpreadView decisionId={decision.id} /> : null}</div>
      <AppModal opened={spreading} onClose={() => setSpreading(false)} title={t('governanceQuestions.spreadTitle')} size="lg">
        {spreading ? (
          <SpreadForm
            decision={decision}
            onClose={() => setSpreading(false)}
            onDone={() => {
              setSpreading(false);
              setShowing(true);
              onMessage(t('governanceQuestions.spreadDone'));
            }}
          />
        ) : null}
      </AppModal>
    </Stack>
  );
}

function SpreadForm({ decision, onClose, onDone }: { decision: DecisionView; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const spread = useSpreadDecision(decision.id);
  const [scope, setScope] = useState<SpreadScope>('children');
  return (
    <Stack gap="md">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {decision.text}
      </Text>
      <Radio.Group label={t('governanceQuestions.spreadScope')} value={scope} onChange={(value) => setScope(value === 'descendants' ? 'descendants' : 'children')}>
        <Stack gap="xs" mt="xs">
          {SPREAD_SCOPES.map((s) => (
            <Radio key={s} value={s} label={t(`governanceQuestions.spreadScope_${s}`)} description={t(`governanceQuestions.spreadScopeHelp_${s}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {spread.error ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(spread.error, t)}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={spread.isPending}>
          {t('common.cancel')}
        </Button>
        <Button loading={spread.isPending} onClick={() => spread.mutate({ scope }, { onSuccess: onDone })}>
          {t('governanceQuestions.spreadConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function SpreadView({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const query = useDecisionSpread(decisionId, true);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      <Title order={4} fz="h5">
        {t('governanceQuestions.spreadHeading')}
      </Title>
      {query.data.receivers.length === 0 ? <Text size="sm">{t('governanceQuestions.notSpread')}</Text> : null}
      {query.data.receivers.map((r) => (
        <ReceiverTable key={r.spreadId} receiver={r} />
      ))}
    </Stack>
  );
}

function ReceiverTable({ receiver }: { receiver: SpreadReceiverView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = [
    ...receiver.seen.map((m) => ({ ...m, status: t('governanceQuestions.seenAt', { date: formatDateTime(m.seenAt, locale) }) })),
    ...receiver.notSeen.map((m) => ({ ...m, status: m.hasLogin ? t('governanceQuestions.notSeen') : t('governanceQuestions.noLogin') })),
  ];
  return (
    <Table.ScrollContainer minWidth={420} type="native">
      <Table verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('governanceQuestions.spreadCaption', { name: receiver.body.name })} · {t('governanceQuestions.spreadAt', { date: formatDateTime(receiver.spreadAt, locale) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('governanceQuestions.colMember')}</Table.Th>
            <Table.Th scope="col">{t('governanceQuestions.colOrganisation')}</Table.Th>
            <Table.Th scope="col">{t('governanceQuestions.colSeen')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.memberId}>
              <Table.Th scope="row" fw={400}>
                {m.name}
              </Table.Th>
              <Table.Td>{m.organisation}</Table.Td>
              <Table.Td>{m.status}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
