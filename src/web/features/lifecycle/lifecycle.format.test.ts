import { describe, expect, it } from 'vitest';
import { dueStatusColor, localIsoDate, previewEndDate } from './lifecycle.format';

describe('termination preview (IOP-5)', () => {
  it('a notice ends after the agreed months, clamped to the month end; the agreement governs', () => {
    expect(previewEndDate('notice', '2026-11-30', 3, null)).toBe('2027-02-28');
    expect(previewEndDate('notice', '2026-11-30', 3, 1)).toBe('2027-02-28');
    expect(previewEndDate('notice', '2026-11-30', null, 1)).toBe('2026-12-30');
  });

  it('a rescission ends the day it is given', () => {
    expect(previewEndDate('rescission', '2026-11-30', 6, null)).toBe('2026-11-30');
  });

  it('no preview without a date, or for a notice without months', () => {
    expect(previewEndDate('notice', '', 6, null)).toBeNull();
    expect(previewEndDate('notice', '2026-11-30', null, null)).toBeNull();
    expect(previewEndDate('notice', '2026-11-30', null, 0)).toBeNull();
  });

  it('formats the local date and colours the due status (IOP-8)', () => {
    expect(localIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(dueStatusColor('overdue')).toBe('red');
    expect(dueStatusColor('due')).toBe('orange');
    expect(dueStatusColor('not_required')).toBe('gray');
  });
});
