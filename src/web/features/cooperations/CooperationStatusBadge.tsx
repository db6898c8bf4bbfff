import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationStatus } from '../../../shared/cooperations/forms';
import { STATUS_COLORS } from './cooperation.format';

/** The status of a cooperation in words (the colour only repeats it). */
export function CooperationStatusBadge({ status, size = 'md' }: { status: CooperationStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size={size} style={{ textTransform: 'none' }}>
      {t(`cooperations.status_${status}`)}
    </Badge>
  );
}
