import { describe, expect, it } from 'vitest';
import type { DatedValue } from '../cooperations/thresholds.rules';
import { currentWelfareValueStatus, isWelfareValueFlagged, welfareValueStatus, welfareValueSteps } from './welfare-value.rules';

// The 2019 values and a later change from 2026-07-01.
const VALUES: DatedValue[] = [
  { code: 'welfare_advertising_limit', validFrom: '2019-01-01', amountSek: 1_900_000 },
  { code: 'social_services_threshold', validFrom: '2019-01-01', amountSek: 7_100_000 },
  { code: 'welfare_advertising_limit', validFrom: '2026-07-01', amountSek: 2_000_000 },
  { code: 'social_services_threshold', validFrom: '2026-07-01', amountSek: 7_500_000 },
];
const status = (amount: number, date = '2026-01-15', advertised = false) => welfareValueStatus(amount, date, VALUES, advertised);

describe('welfare-service value against the dated thresholds (FRM-7)', () => {
  it('FRM-7: below 80 % of the advertising limit is below; at exactly 80 % it is a warning', () => {
    expect(status(1_519_999)).toMatchObject({ level: 'below', limit: 'welfare_advertising_limit', mustAdvertise: false });
    expect(status(1_520_000)).toMatchObject({ level: 'warning', limit: 'welfare_advertising_limit', mustAdvertise: false });
    expect(isWelfareValueFlagged(status(1_519_999))).toBe(false);
    expect(isWelfareValueFlagged(status(1_520_000))).toBe(true);
  });

  it('FRM-7: one krona below the advertising limit is a warning; at the limit it is exceeded and an unadvertised contract must be advertised', () => {
    expect(status(1_899_999)).toMatchObject({ level: 'warning', mustAdvertise: false });
    expect(status(1_900_000)).toMatchObject({ level: 'exceeded', limit: 'welfare_advertising_limit', mustAdvertise: true });
  });

  it('FRM-7: an advertised contract past the advertising limit is measured against the social-services threshold next', () => {
    expect(status(1_900_000, '2026-01-15', true)).toMatchObject({ level: 'below', limit: 'social_services_threshold', mustAdvertise: false });
    expect(status(5_679_999, '2026-01-15', true)).toMatchObject({ level: 'below', limit: 'social_services_threshold' });
    expect(status(5_680_000, '2026-01-15', true)).toMatchObject({ level: 'warning', limit: 'social_services_threshold' });
    expect(status(7_099_999, '2026-01-15', true)).toMatchObject({ level: 'warning' });
    expect(status(7_100_000, '2026-01-15', true)).toMatchObject({ level: 'exceeded', limit: 'social_services_threshold', mustAdvertise: false });
  });

  it('FRM-7: an unadvertised contract near the social-services threshold is warned about and must still be advertised', () => {
    expect(status(6_000_000)).toMatchObject({ level: 'warning', limit: 'social_services_threshold', mustAdvertise: true });
    expect(status(7_100_000)).toMatchObject({ level: 'exceeded', limit: 'social_services_threshold', mustAdvertise: true });
  });

  it('FRM-7: the limits are those in force on the date: the same value is exceeded before a raised limit and a warning after it', () => {
    expect(status(1_950_000, '2026-06-30')).toMatchObject({ level: 'exceeded', advertisingLimitSek: 1_900_000 });
    expect(status(1_950_000, '2026-07-01')).toMatchObject({ level: 'warning', advertisingLimitSek: 2_000_000, socialThresholdSek: 7_500_000 });
    expect(status(1_599_999, '2026-07-01')).toMatchObject({ level: 'below' });
    expect(status(1_600_000, '2026-07-01')).toMatchObject({ level: 'warning' });
  });

  it('FRM-7: without a value of a limit on the date the status is unknown, not below', () => {
    expect(status(10, '2018-12-31')).toMatchObject({ level: 'unknown', limit: null, advertisingLimitSek: null });
  });

  it('FRM-7: entries accumulate in date order, each judged on its own date', () => {
    const steps = welfareValueSteps(
      [
        { id: 'call-off', date: '2026-08-01', amountSek: 300_000 },
        { id: 'initial', date: '2025-01-01', amountSek: 1_200_000 },
        { id: 'extension', date: '2026-03-01', amountSek: 400_000 },
      ],
      VALUES,
      false,
    );
    expect(steps.map((s) => [s.entryId, s.accumulatedSek, s.status.level])).toEqual([
      ['initial', 1_200_000, 'below'],
      ['extension', 1_600_000, 'warning'],
      ['call-off', 1_900_000, 'warning'],
    ]);
    expect(currentWelfareValueStatus([], VALUES, false, '2026-01-01')).toMatchObject({ level: 'below', accumulatedSek: 0 });
  });
});
