import { describe, expect, it } from 'vitest';
import { addDays, addMonths, applicableNoticeMonths, isNoticeDue, isTerminable, terminationEffectiveOn } from './termination.rules';

describe('termination dates (IOP-5: termination and rescission)', () => {
  it('IOP-5: a notice ends the cooperation when the notice months have run from the day it was given', () => {
    expect(terminationEffectiveOn('notice', '2026-03-15', 6)).toBe('2026-09-15');
    expect(terminationEffectiveOn('notice', '2026-11-30', 3)).toBe('2027-02-28');
    expect(terminationEffectiveOn('notice', '2026-05-10', 12)).toBe('2027-05-10');
  });

  it('IOP-5: a rescission (hävning) ends it the day it is given, whatever the notice period', () => {
    expect(terminationEffectiveOn('rescission', '2026-03-15', 6)).toBe('2026-03-15');
    expect(terminationEffectiveOn('rescission', '2026-03-15', null)).toBe('2026-03-15');
  });

  it('a notice without a notice period is a programming error, not a date', () => {
    expect(() => terminationEffectiveOn('notice', '2026-03-15', null)).toThrow();
    expect(() => terminationEffectiveOn('notice', '2026-03-15', 1.5)).toThrow();
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-02-28', 1)).toBe('2026-03-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-06-15', 0)).toBe('2026-06-15');
    expect(addMonths('2026-06-15', -6)).toBe('2025-12-15');
  });

  it('moves dates by days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('the longest agreed notice period applies; the given one only when no agreement names one', () => {
    expect(applicableNoticeMonths([3, null, 6], 1)).toBe(6);
    expect(applicableNoticeMonths([null], 4)).toBe(4);
    expect(applicableNoticeMonths([], undefined)).toBeNull();
  });

  it('a notice is due on its effective date, not before', () => {
    expect(isNoticeDue('2026-09-15', '2026-09-14')).toBe(false);
    expect(isNoticeDue('2026-09-15', '2026-09-15')).toBe(true);
    expect(isNoticeDue('2026-09-15', '2026-10-01')).toBe(true);
  });

  it('only a cooperation that has not ended can be terminated', () => {
    expect(isTerminable('preparing')).toBe(true);
    expect(isTerminable('active')).toBe(true);
    expect(isTerminable('under_review')).toBe(true);
    expect(isTerminable('ended')).toBe(false);
  });
});
