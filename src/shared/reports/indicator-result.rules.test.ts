import { describe, expect, it } from 'vitest';
import { indicatorOutcome, isShareUnit, periodsWithin, yearResult } from './indicator-result.rules';

describe('an indicator’s result for the committee’s report (AGR-6, AGR-2)', () => {
  it('AGR-6: the periods of the year wholly within the report’s period', () => {
    expect(periodsWithin(2025, '2025-01-01', '2025-12-31')).toEqual(['2025', '2025-H1', '2025-H2']);
    expect(periodsWithin(2025, '2025-01-01', '2025-06-30')).toEqual(['2025-H1']);
    expect(periodsWithin(2025, '2025-03-01', '2025-12-31')).toEqual(['2025-H2']);
    expect(periodsWithin(2025, '2025-02-01', '2025-11-30')).toEqual([]);
  });

  it('AGR-6: a count is summed over the periods, a share takes the latest period', () => {
    expect(yearResult({ sum: 43, latest: 20 }, 'personer')).toBe(43);
    expect(yearResult({ sum: 130, latest: 70 }, 'procent')).toBe(70);
    expect(yearResult({ sum: 130, latest: 70 }, 'Andel (%)')).toBe(70);
    expect(yearResult(undefined, 'personer')).toBeNull();
    expect(isShareUnit(null)).toBe(false);
  });

  it('AGR-2: met by direction against the target; qualitative by assessment; otherwise not measured', () => {
    const q = { kind: 'quantitative' as const, target: 40, direction: 'higher' as const, assessment: null };
    expect(indicatorOutcome({ ...q, result: 40 })).toBe('met');
    expect(indicatorOutcome({ ...q, result: 39 })).toBe('not_met');
    expect(indicatorOutcome({ ...q, direction: 'lower', result: 39 })).toBe('met');
    expect(indicatorOutcome({ ...q, result: null })).toBe('not_measured');
    expect(indicatorOutcome({ ...q, target: null, result: 10 })).toBe('not_measured');
    const ql = { kind: 'qualitative' as const, target: null, direction: null, result: null };
    expect(indicatorOutcome({ ...ql, assessment: 'partly' })).toBe('partly');
    expect(indicatorOutcome({ ...ql, assessment: null })).toBe('not_measured');
  });
});
