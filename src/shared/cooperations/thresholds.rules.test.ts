import { describe, expect, it } from 'vitest';
import { thresholds as seeded } from '../../server/db/migrations/0004-cooperations-reference';
import { type DatedValue, entryOn, formatSek, formatSekEn, THRESHOLD_CODES, valueOn } from './thresholds.rules';

const values: DatedValue[] = [
  { code: 'direct_award_limit', validFrom: '2022-01-01', amountSek: 700_000 },
  { code: 'direct_award_limit', validFrom: '2019-01-01', amountSek: 586_907 },
  { code: 'welfare_advertising_limit', validFrom: '2019-01-01', amountSek: 1_900_000 },
];

describe('dated thresholds (FRM-7: thresholds are dated configuration, not constants)', () => {
  it('FRM-7: the value in force is the one with the latest validFrom on or before the date', () => {
    expect(valueOn(values, 'direct_award_limit', '2021-12-31')).toBe(586_907);
    expect(valueOn(values, 'direct_award_limit', '2022-01-01')).toBe(700_000);
    expect(valueOn(values, 'direct_award_limit', '2030-06-01')).toBe(700_000);
    expect(entryOn(values, 'direct_award_limit', '2022-06-01')).toEqual(values[0]);
  });

  it('FRM-7: no value before the first date, and none for a code without values', () => {
    expect(valueOn(values, 'direct_award_limit', '2018-12-31')).toBeNull();
    expect(valueOn(values, 'vida_rate_per_participant', '2026-01-01')).toBeNull();
  });

  it('FRM-5, FRM-7: the seeded values cover every code from 2019-01-01', () => {
    expect([...new Set(seeded.map((s) => s.code))].sort()).toEqual([...THRESHOLD_CODES].sort());
    expect(valueOn(seeded, 'welfare_advertising_limit', '2019-01-01')).toBe(1_900_000);
    expect(valueOn(seeded, 'social_services_threshold', '2026-01-01')).toBe(7_100_000);
    expect(valueOn(seeded, 'vida_rate_per_participant', '2026-01-01')).toBe(1_500);
  });

  it('formats amounts in Swedish style with spaces and "kr"', () => {
    expect(formatSek(1_900_000)).toBe('1 900 000 kr');
    expect(formatSek(586_907)).toBe('586 907 kr');
    expect(formatSek(1_500)).toBe('1 500 kr');
    expect(formatSek(999)).toBe('999 kr');
    expect(formatSek(1_500.5)).toBe('1 500,50 kr');
    expect(formatSekEn(1_900_000)).toBe('SEK 1,900,000');
  });
});
