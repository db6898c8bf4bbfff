import { describe, expect, it } from 'vitest';
import {
  dueFollowUps,
  endedPlanPeriods,
  endedReportPeriods,
  isReservedContractNearLimit,
  partnerControlGaps,
  previousSemester,
  reservedContractLimit,
} from './due.rules';

describe('due rules of the "Att göra" list', () => {
  it('ORG-4: a document neither received nor marked as not existing is missing; a yearly one older than last year is out of date', () => {
    const received = new Map<string, number>([
      ['statutes', 2010],
      ['idea_description', 2015],
      ['annual_meeting_minutes', 2025],
      ['annual_activity_report', 2024],
      ['financial_report', 2025],
      ['audit_report', 2025],
    ]);
    const gaps = partnerControlGaps(received, new Set(['member_count']), '2026-12-06');
    expect(gaps.missing).toEqual(['activity_plan_and_board']);
    // Statutes never go out of date; last year's minutes are current; the 2024 report is not.
    expect(gaps.outdated).toEqual(['annual_activity_report']);
  });

  it('FRM-6: a reserved contract is listed from six months before its three-year limit', () => {
    expect(reservedContractLimit('2024-03-01')).toBe('2027-02-28');
    expect(isReservedContractNearLimit('2024-03-01', '2026-08-27')).toBe(false);
    expect(isReservedContractNearLimit('2024-03-01', '2026-08-28')).toBe(true);
    expect(isReservedContractNearLimit('2024-03-01', '2027-06-01')).toBe(true);
  });

  it('AGR-5: the operative and the cluster follow-ups are owed for last semester, the strategic one for last year', () => {
    expect(previousSemester('2026-03-10').period).toBe('2025-H2');
    expect(previousSemester('2026-07-01').period).toBe('2026-H1');
    expect(dueFollowUps('2026-12-06').map((d) => `${d.kind}:${d.period.period}`)).toEqual([
      'operative_semester:2026-H1',
      'strategic_yearly:2025',
      'cluster_routine:2026-H1',
    ]);
  });

  it('IOP-7: only ended periods of this year\'s and last year\'s plans are asked for measurements', () => {
    expect(endedPlanPeriods(2026, 'semester', '2026-12-06')).toEqual(['2026-H1']);
    expect(endedPlanPeriods(2025, 'year', '2026-12-06')).toEqual(['2025']);
    expect(endedPlanPeriods(2024, 'semester', '2026-12-06')).toEqual([]);
  });

  it('IOP-9: a partner owes reports for ended periods of last year and this during which the cooperation ran', () => {
    expect(endedReportPeriods('2026-12-06', { startDate: null, endDate: null })).toEqual(['2025-H1', '2025-H2', '2025', '2026-H1']);
    expect(endedReportPeriods('2026-12-06', { startDate: '2025-09-01', endDate: null })).toEqual(['2025-H2', '2025', '2026-H1']);
    expect(endedReportPeriods('2026-12-06', { startDate: '2024-01-01', endDate: '2025-05-31' })).toEqual(['2025-H1', '2025']);
  });
});
