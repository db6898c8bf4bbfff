import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpPlanContext } from '../../../shared/followup/follow-up-record.schemas';

/** The activity plan's indicators of the follow-up's year, shown as context for the results against the plan. */
export function PlanIndicatorsContext({ plan }: { plan: FollowUpPlanContext }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={3} fz="h5">
          {t('followUps.planTitle', { year: plan.year })}
        </Title>
        {plan.plan ? <Badge variant="light">{t(`followUps.planStatus_${plan.plan.status}`)}</Badge> : null}
      </Group>
      {plan.indicators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('followUps.planNone', { year: plan.year })}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {plan.indicators.map((i) => (
            <List.Item key={i.id}>
              <Text size="sm" span fw={600}>
                {i.name}
              </Text>{' '}
              <Text size="sm" span c="dimmed">
                ({i.goal})
                {i.kind === 'quantitative'
                  ? [
                      i.baseline !== null ? ` · ${t('followUps.indicatorBaseline', { baseline: `${i.baseline} ${i.unit ?? ''}`.trim() })}` : '',
                      i.target !== null ? ` · ${t('followUps.indicatorTarget', { target: `${i.target} ${i.unit ?? ''}`.trim() })}` : '',
                    ].join('')
                  : i.expectedResult
                    ? ` · ${i.expectedResult}`
                    : ''}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
