import { describe, expect, it } from 'vitest';
import { checkOfferOutcome, halfYearDays, type OutcomeCounts, overlaps } from './employer-offers.rules';

const categories = { genderCodes: ['women', 'men', 'other'], targetGroupCodes: ['youth_16_29', 'newly_arrived_other'] };
const counts = (total: number, byGender: Record<string, number> = {}, byTargetGroup: Record<string, number> = {}): OutcomeCounts => ({ total, byGender, byTargetGroup });

describe('outcomes of an offer (EMP-4, AGR-6)', () => {
  it('EMP-4: accepts counts whose gender parts add up and whose parts stay within the total', () => {
    const problems = checkOfferOutcome(
      { started: counts(10, { women: 4, men: 5, other: 1 }, { youth_16_29: 6, newly_arrived_other: 7 }), employed: counts(3, { women: 1, men: 2, other: 0 }) },
      categories,
    );
    expect(problems).toEqual([]);
  });

  it('EMP-4: refuses gender parts that do not add up to the total, and a part above its total', () => {
    const problems = checkOfferOutcome({ started: counts(10, { women: 4, men: 5, other: 2 }, { youth_16_29: 11 }), employed: counts(0) }, categories);
    expect(problems).toEqual([
      { path: 'started.byTargetGroup.youth_16_29', message: 'validation.measurement.exceedsTotal' },
      { path: 'started.byGender', message: 'validation.measurement.genderSum' },
    ]);
  });

  it('EMP-4: leaves the gender sum alone while a part is not given, as measurements do', () => {
    expect(checkOfferOutcome({ started: counts(10, { women: 4 }), employed: counts(0) }, categories)).toEqual([]);
  });

  it('EMP-4: refuses an unknown category and more who got a job than started', () => {
    const problems = checkOfferOutcome({ started: counts(2, { nobody: 1 }), employed: counts(3) }, categories);
    expect(problems).toEqual([
      { path: 'started.byGender.nobody', message: 'validation.measurement.category' },
      { path: 'employed.total', message: 'validation.offerOutcome.employedExceedsStarted' },
    ]);
  });
});

describe('periods of offers', () => {
  it('names the days of a half-year and refuses other texts', () => {
    expect(halfYearDays('2026-H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYearDays('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(halfYearDays('2026')).toBeNull();
  });

  it('finds overlaps, an open end running on', () => {
    expect(overlaps('2026-03-01', null, '2026-01-01', '2026-12-31')).toBe(true);
    expect(overlaps('2025-01-01', '2025-12-31', '2026-01-01', '2026-12-31')).toBe(false);
    expect(overlaps('2027-01-01', null, '2026-01-01', '2026-12-31')).toBe(false);
  });
});
