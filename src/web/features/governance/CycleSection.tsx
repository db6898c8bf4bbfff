import { Alert, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyCycleView, CycleTaskView } from '../../../shared/governance/cycle.schemas';
import type { GovernanceBodyDetailView } from '../../../shared/governance/governance.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDate } from '../../components/ui/date.format';
import { AlertIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { useBodyCycle } from './api';
import { PlanTaskPointer } from '../plans/PlanTaskPointer';
import { CompleteCycleTaskModal } from './CompleteCycleTaskModal';
import { cycleTaskLabel } from './governance.format';

type CycleSectionProps = { body: GovernanceBodyDetailView; thisYear: number; onMessage: (message: string) => void };

/**
 * The steering group's annual cycle (IOP-7): this year's and next year's follow-up and plan with
 * due dates, overdue marked in words, and for writers the dialogs to complete them.
 */
export function CycleSection({ body, thisYear, onMessage }: CycleSectionProps) {
  const { t } = useTranslation();
  const current = useBodyCycle(body.id, thisYear);
  const next = useBodyCycle(body.id, thisYear + 1);
  const [completing, setCompleting] = useState<{ task: CycleTaskView; cycle: BodyCycleView } | null>(null);
  const failed = current.error ?? next.error;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cycle-heading">
      <div id="cycle-heading">
        <PanelHeading title={t('governance.cycleTitle')} />
      </div>
      <Text size="sm" c="dimmed" mb="sm">
        {t('governance.cycleIntro')}
      </Text>
      {failed ? <ErrorState error={failed} onRetry={() => void Promise.all([current.refetch(), next.refetch()])} /> : null}
      {current.isPending && !failed ? <LoadingState /> : null}
      {current.data && !current.data.applies ? <EmptyMessage>{t('governance.cycleNotApplicable')}</EmptyMessage> : null}
      {current.data?.applies ? (
        <Stack gap="md">
          <CycleAgreement cycle={current.data} />
          {[current.data, next.data].map((cycle) =>
            cycle ? <CycleYearTable key={cycle.year} cycle={cycle} onComplete={(task) => setCompleting({ task, cycle })} /> : null,
          )}
        </Stack>
      ) : null}
      <CompleteCycleTaskModal
        task={completing?.task ?? null}
        cycle={completing?.cycle ?? null}
        onClose={() => setCompleting(null)}
        onDone={(message) => {
          setCompleting(null);
          onMessage(message);
        }}
      />
    </Paper>
  );
}

function CycleAgreement({ cycle }: { cycle: BodyCycleView }) {
  const { t } = useTranslation();
  if (!cycle.agreement) {
    return (
      <Alert color="yellow" variant="light" icon={<AlertIcon />}>
        {t('governance.cycleNoAgreement')}
      </Alert>
    );
  }
  return (
    <Text size="sm">
      <AnchorLink to="/samverkan/$id/avtal/$agreementId" params={{ id: cycle.agreement.cooperationId, agreementId: cycle.agreement.id }} size="sm">
        {t('governance.cycleAgreement', { title: cycle.agreement.title, caseNumber: cycle.agreement.caseNumber })}
      </AnchorLink>
    </Text>
  );
}

const statusColor = { done: 'green', open: 'blue', overdue: 'red' } as const;

function CycleYearTable({ cycle, onComplete }: { cycle: BodyCycleView; onComplete: (task: CycleTaskView) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('governance.write');
  const caption = t('governance.cycleYear', { year: cycle.year });
  if (cycle.tasks.length === 0) return <EmptyMessage>{t('governance.cycleYearEmpty', { year: cycle.year })}</EmptyMessage>;
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('governance.cycleColTask')}</Table.Th>
            <Table.Th scope="col">{t('governance.cycleColDue')}</Table.Th>
            <Table.Th scope="col">{t('governance.cycleColStatus')}</Table.Th>
            <Table.Th scope="col">{t('governance.cycleColResult')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycle.tasks.map((task) => {
            const { key, year } = cycleTaskLabel(task);
            const label = t(key, { year });
            return (
              <Table.Tr key={task.id}>
                <Table.Th scope="row" fw={600}>
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                </Table.Th>
                <Table.Td className="nowrap">
                  <Text size="sm">{formatCalendarDate(task.dueOn, locale)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColor[task.status]} variant="light">
                    {t(`governance.cycleStatus_${task.status}`)}
                  </Badge>
                  {task.status === 'overdue' ? (
                    <Text size="xs" c="red.8" mt={4}>
                      {t('governance.cycleOverdueText', { date: formatCalendarDate(task.dueOn, locale) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {task.status === 'done' ? (
                    <Stack gap={2}>
                      <Text size="sm">
                        {task.doneBy
                          ? t('governance.cycleDoneBy', { date: formatDate(task.doneAt, locale), name: task.doneBy.name })
                          : t('governance.cycleDoneOn', { date: formatDate(task.doneAt, locale) })}
                      </Text>
                      {task.annex ? <Text size="sm">{t('governance.cycleAnnex', task.annex)}</Text> : null}
                      {task.note ? (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {task.note}
                        </Text>
                      ) : null}
                    </Stack>
                  ) : task.kind === 'plan_next_year' ? (
                    <PlanTaskPointer planYear={task.cycleYear + 1} cooperationId={cycle.agreement?.cooperationId ?? null} />
                  ) : canWrite ? (
                    <Button size="xs" variant="default" onClick={() => onComplete(task)} aria-label={t('governance.cycleCompleteLabel', { task: label })}>
                      {t('governance.cycleComplete')}
                    </Button>
                  ) : (
                    <Text size="sm">–</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
