import type { PartnerReportStatus } from '../../../shared/partner/partner-report.rules';

/** The words of a period: `2026-H1` → first half-year 2026, `2026` → whole year 2026 (as message key and year). */
export function periodParts(period: string): { key: 'period_H1' | 'period_H2' | 'period_year'; year: string } {
  const year = period.slice(0, 4);
  if (period.endsWith('-H1')) return { key: 'period_H1', year };
  if (period.endsWith('-H2')) return { key: 'period_H2', year };
  return { key: 'period_year', year };
}

/** The colour of a report's status badge; the badge always carries the status in words too. */
export function reportStatusColor(status: PartnerReportStatus | null): string {
  switch (status) {
    case 'approved':
      return 'green';
    case 'submitted':
      return 'blue';
    case 'returned':
      return 'orange';
    case 'draft':
      return 'gray';
    default:
      return 'gray';
  }
}
