import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../shared/agreements/agreement.schemas';

const COLOURS: Record<AgreementStatus, string> = { draft: 'gray', signed: 'green', terminated: 'red' };

/** An agreement's status as a badge whose text says it (the colour only repeats it). */
export function AgreementStatusBadge({ status, size = 'md' }: { status: AgreementStatus; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" size={size}>
      {t(`agreements.status_${status}`)}
    </Badge>
  );
}
