import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../shared/followup/plan.rules';

const COLOURS: Record<PlanStatus, string> = { draft: 'gray', proposed: 'yellow', adopted: 'green' };

/** A plan's status as a badge whose text says it (the colour only repeats it). */
export function PlanStatusBadge({ status, size = 'md' }: { status: PlanStatus; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" size={size}>
      {t(`plans.status_${status}`)}
    </Badge>
  );
}
