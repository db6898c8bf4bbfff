import { describe, expect, it } from 'vitest';
import type { DatedValue } from '../cooperations/thresholds.rules';
import {
  isWithinVidaFrame,
  parsePeriodKey,
  payeeProblems,
  payoutAmount,
  payoutProblem,
  periodKey,
  periodOfDate,
  periodStart,
  rateForPeriod,
  totalAmount,
} from './vida.rules';

const seeded: DatedValue[] = [
  { code: 'vida_rate_per_participant', validFrom: '2019-01-01', amountSek: 1_500 },
  { code: 'direct_award_limit', validFrom: '2019-01-01', amountSek: 586_907 },
];

describe('VIDA payouts (FRM-5)', () => {
  it('FRM-5: 12 participants × 1 500 SEK → 18 000 SEK', () => {
    const rate = rateForPeriod(seeded, { year: 2026, half: 'spring' });
    expect(rate).toEqual({ amountSek: 1_500, validFrom: '2019-01-01' });
    expect(payoutAmount(12, rate?.amountSek ?? 0)).toBe(18_000);
    expect(payoutAmount(3, 1_500.55)).toBe(4_501.65);
  });

  it('FRM-5: a new dated rate applies from its date only; earlier periods keep the old rate', () => {
    const raised = [...seeded, { code: 'vida_rate_per_participant', validFrom: '2026-07-01', amountSek: 1_750 }];
    expect(rateForPeriod(raised, { year: 2026, half: 'spring' })).toEqual({ amountSek: 1_500, validFrom: '2019-01-01' });
    expect(rateForPeriod(raised, { year: 2026, half: 'autumn' })).toEqual({ amountSek: 1_750, validFrom: '2026-07-01' });
    // A rate from the middle of a semester applies from the next one: the period's date is its first day.
    const midTerm = [...seeded, { code: 'vida_rate_per_participant', validFrom: '2026-03-01', amountSek: 1_600 }];
    expect(rateForPeriod(midTerm, { year: 2026, half: 'spring' })?.amountSek).toBe(1_500);
    expect(rateForPeriod(midTerm, { year: 2026, half: 'autumn' })?.amountSek).toBe(1_600);
  });

  it('FRM-5: no rate before the first dated value', () => {
    expect(rateForPeriod(seeded, { year: 2018, half: 'autumn' })).toBeNull();
  });

  it('FRM-5: fewer than 8 or more than 15 occasions are refused without an exception, and accepted with one', () => {
    expect([7, 8, 15, 16].map(isWithinVidaFrame)).toEqual([false, true, true, false]);
    expect(payoutProblem(7, null)).toBe('outside_frame');
    expect(payoutProblem(16, '   ')).toBe('outside_frame');
    expect(payoutProblem(7, 'Föreningen ställde in två tillfällen på grund av lokalbrist')).toBeNull();
    expect(payoutProblem(10, null)).toBeNull();
    expect(payoutProblem(10, 'onödigt undantag')).toBe('exception_not_needed');
  });

  it('semesters: spring is January–June, autumn July–December; the key reads back', () => {
    expect(periodStart({ year: 2026, half: 'spring' })).toBe('2026-01-01');
    expect(periodStart({ year: 2026, half: 'autumn' })).toBe('2026-07-01');
    expect(periodOfDate('2026-06-30')).toEqual({ year: 2026, half: 'spring' });
    expect(periodOfDate('2026-07-01')).toEqual({ year: 2026, half: 'autumn' });
    expect(parsePeriodKey(periodKey({ year: 2026, half: 'autumn' }))).toEqual({ year: 2026, half: 'autumn' });
    expect(parsePeriodKey('2026-summer')).toBeUndefined();
    expect(totalAmount([0.1, 0.2, 18_000])).toBe(18_000.3);
  });
});

describe('payees of VIDA payouts (FRM-5)', () => {
  it('FRM-5: names the missing organisation number, a missing giro number and an invalid one', () => {
    expect(payeeProblems({ orgNumber: '802400-6382', bankgiro: '5050-1055', plusgiro: null })).toEqual([]);
    expect(payeeProblems({ orgNumber: '802400-6382', bankgiro: null, plusgiro: '90 08 00-4' })).toEqual([]);
    expect(payeeProblems({ orgNumber: null, bankgiro: null, plusgiro: null })).toEqual(['org_number_missing', 'giro_missing']);
    expect(payeeProblems({ orgNumber: '802400-6382', bankgiro: '5050-1056', plusgiro: null })).toEqual(['bankgiro_invalid']);
  });
});
