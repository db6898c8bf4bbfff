import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerReportStatus } from '../../../shared/partner/partner-report.rules';
import { reportStatusColor } from './partner-report.format';

/** A report's status in words, with a colour beside them. */
export function ReportStatusBadge({ status }: { status: PartnerReportStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={reportStatusColor(status)}>
      {t(`partnerReports.status_${status ?? 'none'}`)}
    </Badge>
  );
}
