import { describe, expect, it } from 'vitest';
import { isEditableByPartner, isReviewable, isYearPeriod, missingForSubmission, reportPeriodsOf, yearOfPeriod } from './partner-report.rules';

describe('partner reports', () => {
  it('tells a year from a semester', () => {
    expect(isYearPeriod('2026')).toBe(true);
    expect(isYearPeriod('2026-H1')).toBe(false);
    expect(yearOfPeriod('2026-H2')).toBe(2026);
  });

  it('lets the partner edit a draft or a returned report, never a submitted or approved one', () => {
    expect(isEditableByPartner('draft')).toBe(true);
    expect(isEditableByPartner('returned')).toBe(true);
    expect(isEditableByPartner('submitted')).toBe(false);
    expect(isEditableByPartner('approved')).toBe(false);
  });

  it('lets staff review only a submitted report', () => {
    expect(isReviewable('submitted')).toBe(true);
    for (const status of ['draft', 'approved', 'returned'] as const) expect(isReviewable(status)).toBe(false);
  });

  it('needs the follow-up text before a semester report is submitted', () => {
    expect(missingForSubmission({ period: '2026-H1', followUpText: '  ', hasFinancialReport: false })).toEqual(['followUpText']);
    expect(missingForSubmission({ period: '2026-H1', followUpText: 'Gick enligt plan', hasFinancialReport: false })).toEqual([]);
  });

  it('IOP-9: needs the financial report before a year report is submitted', () => {
    expect(missingForSubmission({ period: '2026', followUpText: 'Året i korthet', hasFinancialReport: false })).toEqual(['financialReport']);
    expect(missingForSubmission({ period: '2026', followUpText: 'Året i korthet', hasFinancialReport: true })).toEqual([]);
  });

  it('lists both semesters and the year', () => {
    expect(reportPeriodsOf(2026)).toEqual(['2026-H1', '2026-H2', '2026']);
  });
});
