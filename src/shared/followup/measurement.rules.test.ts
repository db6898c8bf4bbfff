import { describe, expect, it } from 'vitest';
import { breakdownKey, checkMeasurements, periodsOfPlan, previousPeriod, type RuleCell, yearOfPeriod } from './measurement.rules';

const GENDER = ['women', 'men', 'other'];
const cell = (dimension: RuleCell['dimension'], category: string | null, value: number | null, more: Partial<RuleCell> = {}): RuleCell => ({
  indicatorId: 'i1',
  period: '2026-H1',
  clusterId: null,
  dimension,
  category,
  value,
  ...more,
});
const total = (value: number | null, more: Partial<RuleCell> = {}) => cell(null, null, value, more);
const gender = (code: string, value: number | null, more: Partial<RuleCell> = {}) => cell('gender', code, value, more);

describe('measurement periods', () => {
  it('AGR-6: a semester plan is measured in two semesters, a year plan once', () => {
    expect(periodsOfPlan('semester', 2026)).toEqual(['2026-H1', '2026-H2']);
    expect(periodsOfPlan('year', 2026)).toEqual(['2026']);
  });
  it('AGR-6: the previous period crosses into the year before', () => {
    expect(previousPeriod('2026-H2')).toBe('2026-H1');
    expect(previousPeriod('2026-H1')).toBe('2025-H2');
    expect(previousPeriod('2026')).toBe('2025');
    expect(previousPeriod('2026-H3')).toBeNull();
    expect(yearOfPeriod('2026-H2')).toBe(2026);
    expect(yearOfPeriod('x')).toBeNull();
  });
  it('names a breakdown as one text', () => {
    expect(breakdownKey(null, null)).toBe('total');
    expect(breakdownKey('gender', 'women')).toBe('gender.women');
  });
});

describe('checking a grid of aggregates (AGR-6)', () => {
  it('AGR-6: a breakdown may not exceed its total, and the violation names the cell', () => {
    const violations = checkMeasurements([total(10), gender('women', 11), cell('target_group', 'youth_16_29', 10)], GENDER);
    expect(violations).toEqual([{ index: 1, indicatorId: 'i1', period: '2026-H1', clusterId: null, breakdown: 'gender.women', rule: 'exceeds_total', total: 10, value: 11 }]);
  });
  it('AGR-6: gender parts must add up to the total when all are given', () => {
    expect(checkMeasurements([total(10), gender('women', 4), gender('men', 4), gender('other', 1)], GENDER)).toMatchObject([
      { index: 0, breakdown: 'total', rule: 'gender_sum', total: 10, value: 9 },
    ]);
    expect(checkMeasurements([total(10), gender('women', 5), gender('men', 4), gender('other', 1)], GENDER)).toEqual([]);
    expect(checkMeasurements([total(0.3), gender('women', 0.1), gender('men', 0.2), gender('other', 0)], GENDER)).toEqual([]);
  });
  it('AGR-6: an unknown or absent gender part or total leaves the sum unchecked; unknown is not 0', () => {
    expect(checkMeasurements([total(10), gender('women', 4), gender('men', 4), gender('other', null)], GENDER)).toEqual([]);
    expect(checkMeasurements([total(10), gender('women', 4), gender('men', 4)], GENDER)).toEqual([]);
    expect(checkMeasurements([total(null), gender('women', 40), gender('men', 4), gender('other', 1)], GENDER)).toEqual([]);
    expect(checkMeasurements([gender('women', 40)], GENDER)).toEqual([]);
  });
  it('AGR-6: target groups may overlap, so each is checked only against the total', () => {
    const cells = [total(10), cell('target_group', 'youth_16_29', 8), cell('target_group', 'disability', 7), cell('focus_group', 'long_term_unemployed', 10)];
    expect(checkMeasurements(cells, GENDER)).toEqual([]);
    expect(checkMeasurements([total(10), cell('focus_group', 'long_term_unemployed', 12)], GENDER)).toMatchObject([{ breakdown: 'focus_group.long_term_unemployed', rule: 'exceeds_total' }]);
  });
  it('AGR-6: cells are compared within their own indicator, period and cluster', () => {
    const cells = [total(10), gender('women', 20, { period: '2026-H2' }), gender('women', 20, { indicatorId: 'i2' }), gender('women', 20, { clusterId: 'c1' }), total(5, { clusterId: 'c1' })];
    expect(checkMeasurements(cells, GENDER)).toMatchObject([{ index: 3, clusterId: 'c1', total: 5, value: 20 }]);
  });
});
