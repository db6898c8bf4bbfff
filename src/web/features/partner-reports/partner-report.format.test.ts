import { describe, expect, it } from 'vitest';
import { periodParts, reportStatusColor } from './partner-report.format';

describe('partner report wording', () => {
  it('names semesters and the year', () => {
    expect(periodParts('2026-H1')).toEqual({ key: 'period_H1', year: '2026' });
    expect(periodParts('2026-H2')).toEqual({ key: 'period_H2', year: '2026' });
    expect(periodParts('2026')).toEqual({ key: 'period_year', year: '2026' });
  });
  it('marks returned reports apart from approved ones', () => {
    expect(reportStatusColor('returned')).not.toBe(reportStatusColor('approved'));
  });
});
