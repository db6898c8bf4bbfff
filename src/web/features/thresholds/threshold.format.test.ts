import { describe, expect, it } from 'vitest';
import type { ThresholdView } from '../../../shared/cooperations/threshold.schemas';
import { groupThresholds, localToday } from './threshold.format';

const value = (code: string, validFrom: string, amountSek: number): ThresholdView => ({
  id: `${code}-${validFrom}`,
  code,
  validFrom,
  amountSek,
  source: null,
  version: 1,
});

describe('thresholds grouped per code (FRM-7)', () => {
  const values = [
    value('direct_award_limit', '2025-01-01', 700_000),
    value('direct_award_limit', '2026-01-01', 750_000),
    value('direct_award_limit', '2027-01-01', 800_000),
    value('old_code', '2020-01-01', 1),
  ];

  it('lists every known code in order, an unknown one after them', () => {
    const codes = groupThresholds(values, '2026-06-01').map((g) => g.code);
    expect(codes).toEqual(['welfare_advertising_limit', 'social_services_threshold', 'direct_award_limit', 'vida_rate_per_participant', 'old_code']);
  });

  it('shows the values newest first and marks the one in force on the date, not a future one', () => {
    const group = groupThresholds(values, '2026-06-01').find((g) => g.code === 'direct_award_limit');
    expect(group?.values.map((v) => v.validFrom)).toEqual(['2027-01-01', '2026-01-01', '2025-01-01']);
    expect(group?.current?.amountSek).toBe(750_000);
  });

  it('has no current value before the first date', () => {
    expect(groupThresholds(values, '2024-12-31').find((g) => g.code === 'direct_award_limit')?.current).toBeNull();
  });

  it('gives today as a calendar date', () => {
    expect(localToday(new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05');
  });
});
