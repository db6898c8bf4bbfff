/** Where a partner's report stands: written by the partner, submitted, then approved or returned by staff. */
export const PARTNER_REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PartnerReportStatus = (typeof PARTNER_REPORT_STATUSES)[number];

/** A report period: a semester (`2026-H1`, `2026-H2`) or a whole year (`2026`). */
export const REPORT_PERIOD_PATTERN = /^(\d{4})(-H[12])?$/;

/** Whether a period is a whole year (the financial report belongs to a year, IOP-9). */
export function isYearPeriod(period: string): boolean {
  return /^\d{4}$/.test(period);
}

/** The year a report period falls in. */
export function yearOfPeriod(period: string): number {
  return Number(period.slice(0, 4));
}

/** Whether the partner may still change the report: before submitting, or after staff returned it. */
export function isEditableByPartner(status: PartnerReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Whether staff may approve or return the report: only once it is submitted. */
export function isReviewable(status: PartnerReportStatus): boolean {
  return status === 'submitted';
}

export type ReportContent = { period: string; followUpText: string | null; hasFinancialReport: boolean };

/**
 * What a report lacks before it can be submitted: the follow-up text always, and for a year
 * the organisation's financial report (IOP-9: the administration has insight into the
 * activity's bookkeeping). An empty list means it can be submitted.
 */
export function missingForSubmission(report: ReportContent): ('followUpText' | 'financialReport')[] {
  const missing: ('followUpText' | 'financialReport')[] = [];
  if (!report.followUpText || report.followUpText.trim().length === 0) missing.push('followUpText');
  if (isYearPeriod(report.period) && !report.hasFinancialReport) missing.push('financialReport');
  return missing;
}

/** The periods a partner reports for in a year: both semesters and the year itself. */
export function reportPeriodsOf(year: number): string[] {
  return [`${year}-H1`, `${year}-H2`, String(year)];
}
