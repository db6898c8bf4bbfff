import { describe, expect, it } from 'vitest';
import { createThresholdInput, thresholdQuery, updateThresholdInput } from './threshold.schemas';

const valid = { code: 'direct_award_limit', validFrom: '2026-01-01', amountSek: 700_000, source: 'LOU 19 kap. 30 §' };

describe('threshold input (FRM-7: dated configuration)', () => {
  it('accepts a known code, a date, an amount in whole öre and a source', () => {
    expect(createThresholdInput.parse(valid)).toEqual(valid);
    expect(createThresholdInput.safeParse({ ...valid, amountSek: 1_500.25 }).success).toBe(true);
  });
  it('refuses unknown codes, bad dates, negative or sub-öre amounts, an empty source and unknown fields', () => {
    for (const bad of [
      { ...valid, code: 'moon_tax' },
      { ...valid, validFrom: '2026-13-01' },
      { ...valid, amountSek: -1 },
      { ...valid, amountSek: 1.005 },
      { ...valid, amountSek: '700000' },
      { ...valid, source: ' ' },
      { ...valid, extra: true },
    ]) {
      expect(createThresholdInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it('a correction needs a version and something to change', () => {
    expect(updateThresholdInput.safeParse({ version: 1, amountSek: 1 }).success).toBe(true);
    expect(updateThresholdInput.safeParse({ version: 1 }).success).toBe(false);
    expect(updateThresholdInput.safeParse({ amountSek: 1 }).success).toBe(false);
  });
  it('the list query takes an optional known code with the page parameters', () => {
    expect(thresholdQuery.parse({ code: 'vida_rate_per_participant' })).toEqual({ code: 'vida_rate_per_participant', limit: 50 });
    expect(thresholdQuery.safeParse({ code: 'x' }).success).toBe(false);
  });
});
