import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedDecisionView } from '../../../shared/governance/questions.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDateTime } from '../../components/ui/date.format';
import { ErrorState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useMarkSpreadSeen, useReceivedDecisions } from './questions-api';

/**
 * The decisions the body above has spread to this body (AGR-8), each with how many members have
 * read it; a member marks it read. Shown only once something has been spread to the body.
 */
export function ReceivedDecisionsSection({ bodyId, onMessage }: { bodyId: string; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const query = useReceivedDecisions(bodyId);
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="received-decisions-heading">
      <PanelHeading title={t('governanceQuestions.receivedTitle')} headingId="received-decisions-heading" description={t('governanceQuestions.receivedIntro')} requirements={['AGR-8']} />
      <Stack gap="sm">
        {items.map((item) => (
          <ReceivedDecision key={item.spreadId} item={item} onMessage={onMessage} />
        ))}
      </Stack>
    </Paper>
  );
}

function ReceivedDecision({ item, onMessage }: { item: ReceivedDecisionView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mark = useMarkSpreadSeen();
  const [confirming, setConfirming] = useState(false);
  const headingId = `received-${item.spreadId}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Text id={headingId} fw={600} component="h3" fz="md" m={0} style={{ whiteSpace: 'pre-wrap' }}>
          {item.decision.text}
        </Text>
        <Text size="sm" c="dimmed">
          {t('governanceQuestions.spreadFrom', { name: item.fromBody.name, date: formatDateTime(item.spreadAt, locale) })}
        </Text>
        <Group gap="sm">
          <Badge variant="light" color={item.seenCount === item.memberCount ? 'green' : 'gray'}>
            {t('governanceQuestions.seenCount', { seen: item.seenCount, total: item.memberCount })}
          </Badge>
          {item.seenByMeAt ? (
            <Text size="sm">{t('governanceQuestions.seenByMe', { date: formatDateTime(item.seenByMeAt, locale) })}</Text>
          ) : item.canMarkSeen ? (
            <Button size="sm" onClick={() => setConfirming(true)} aria-describedby={headingId}>
              {t('governanceQuestions.markSeen')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('governanceQuestions.markSeenTitle')}
        confirmLabel={t('governanceQuestions.markSeen')}
        pending={mark.isPending}
        error={mark.error}
        onClose={() => {
          setConfirming(false);
          mark.reset();
        }}
        onConfirm={() =>
          mark.mutate(item.spreadId, {
            onSuccess: () => {
              setConfirming(false);
              onMessage(t('governanceQuestions.markedSeen'));
            },
          })
        }
      >
        {t('governanceQuestions.markSeenText')}
      </ConfirmDialog>
    </Paper>
  );
}
