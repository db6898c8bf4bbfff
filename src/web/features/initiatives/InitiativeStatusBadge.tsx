import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../../shared/cooperations/forms';
import { INITIATIVE_STATUS_COLORS } from './initiative.format';

/** The status of an initiative in words, coloured by status. */
export function InitiativeStatusBadge({ status, size = 'md' }: { status: InitiativeStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={INITIATIVE_STATUS_COLORS[status]} size={size}>
      {t(`initiatives.status_${status}`)}
    </Badge>
  );
}
