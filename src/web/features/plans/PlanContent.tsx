import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canAssess } from '../../../shared/followup/plan.rules';
import type { IndicatorView, PlanView } from '../../../shared/followup/plan.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { useAgendaGoals } from './api';
import { AssessIndicatorModal } from './AssessIndicatorModal';

function formatValue(value: number | null, locale: string, none: string): string {
  return value === null ? none : new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

/** A plan read-only: each goal with its Agenda 2030 goal and its indicators; adopted plans' qualitative indicators are assessed here. */
export function PlanContent({ plan, onMessage }: { plan: PlanView; onMessage: (message: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('plans.write');
  const agenda = useAgendaGoals().data?.items ?? [];
  const [assessing, setAssessing] = useState<IndicatorView | null>(null);
  const agendaName = (n: number) => {
    const goal = agenda.find((a) => a.number === n);
    return goal ? t('plans.agendaGoalOption', { number: n, name: i18n.language === 'en' ? goal.nameEn : goal.nameSv }) : String(n);
  };
  return (
    <Stack gap="md">
      {plan.summary ? <Text>{plan.summary}</Text> : null}
      <Title order={2} size="h3">
        {t('plans.goals')}
      </Title>
      {plan.goals.length === 0 ? <EmptyMessage>{t('plans.noGoals')}</EmptyMessage> : null}
      {plan.goals.map((goal) => (
        <Paper key={goal.id} withBorder radius="md" p="md" component="section" aria-labelledby={`goal-${goal.id}`}>
          <Stack gap="xs">
            <Title order={3} size="h4" id={`goal-${goal.id}`}>
              {goal.title}
            </Title>
            {goal.agendaGoal !== null ? (
              <Text size="sm">
                {t('plans.agendaGoal')}: {agendaName(goal.agendaGoal)}
              </Text>
            ) : null}
            {goal.description ? <Text size="sm">{goal.description}</Text> : null}
            {goal.indicators.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('plans.noIndicators')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="xs">
                  <Table.Caption>{t('plans.indicators')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('plans.colIndicator')}</Table.Th>
                      <Table.Th scope="col">{t('plans.colKind')}</Table.Th>
                      <Table.Th scope="col">{t('plans.colMeasure')}</Table.Th>
                      <Table.Th scope="col">{t('plans.colAssessment')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {goal.indicators.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>{i.name}</Table.Td>
                        <Table.Td>{t(`plans.kind_${i.kind}`)}</Table.Td>
                        <Table.Td>
                          {i.kind === 'quantitative'
                            ? t('plans.measureText', {
                                baseline: formatValue(i.baseline, locale, t('plans.valueNone')),
                                target: formatValue(i.target, locale, t('plans.valueNone')),
                                unit: i.unit ?? '',
                                direction: t(`plans.direction_${i.direction ?? 'higher'}`),
                              })
                            : i.expectedResult}
                        </Table.Td>
                        <Table.Td>
                          {i.kind === 'qualitative' ? (
                            <Stack gap={4} align="flex-start">
                              {i.assessment ? (
                                <>
                                  <Badge variant="light" color={i.assessment === 'met' ? 'green' : i.assessment === 'partly' ? 'yellow' : 'red'}>
                                    {t(`plans.assessment_${i.assessment}`)}
                                  </Badge>
                                  <Text size="sm">{i.assessmentMotivation}</Text>
                                </>
                              ) : (
                                <Text size="sm" c="dimmed">
                                  {t('plans.notAssessed')}
                                </Text>
                              )}
                              {canWrite && canAssess(plan, i) ? (
                                <Button size="xs" variant="default" onClick={() => setAssessing(i)} aria-label={t('plans.assessTitle', { name: i.name })}>
                                  {t('plans.assess')}
                                </Button>
                              ) : null}
                            </Stack>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Paper>
      ))}
      {assessing ? (
        <AssessIndicatorModal
          plan={plan}
          indicator={assessing}
          onClose={() => setAssessing(null)}
          onDone={() => {
            setAssessing(null);
            onMessage(t('plans.assessed'));
          }}
        />
      ) : null}
    </Stack>
  );
}
