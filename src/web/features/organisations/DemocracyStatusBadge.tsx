import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEMOCRACY_STATUS_COLORS, type DemocracyStatus } from './organisation.format';

/** The democracy status (DEM-1–3) as a badge: Ej bedömd, Uppfyllda, Ej uppfyllda or Utgången. */
export function DemocracyStatusBadge({ status, ...props }: { status: DemocracyStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={DEMOCRACY_STATUS_COLORS[status]} {...props}>
      {t(`organisations.democracy_${status}`)}
    </Badge>
  );
}
