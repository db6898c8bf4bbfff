import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** In the annual cycle: the autumn plan task is completed by adopting next year's activity plan, so it points there (IOP-7). */
export function PlanTaskPointer({ planYear, cooperationId }: { planYear: number; cooperationId: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm">{t('plans.cycleByAdoption', { year: planYear })}</Text>
      {cooperationId ? (
        <AnchorLink to="/samverkan/$id" params={{ id: cooperationId }} size="sm" fw={600}>
          {t('plans.cycleToPlans')}
        </AnchorLink>
      ) : null}
    </Stack>
  );
}
