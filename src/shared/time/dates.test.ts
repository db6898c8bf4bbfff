import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDateIn, todayIn } from './dates';

describe('isoDateIn', () => {
  it('gives the local calendar date, not the UTC one', () => {
    expect(isoDateIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Stockholm')).toBe('2027-01-01');
    expect(isoDateIn(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31');
    expect(isoDateIn(new Date('2026-06-01T12:00:00Z'), 'Europe/Stockholm')).toBe('2026-06-01');
  });
});

describe('todayIn', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('formats at most once a minute per time zone', () => {
    // Only Date is faked: the fake clock would otherwise swap Intl for a wrapper of its own.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T10:15:00Z'));
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    for (let i = 0; i < 100; i += 1) {
      expect(todayIn('Europe/Stockholm')).toBe('2026-05-04');
      vi.advanceTimersByTime(500); // 50 s in all: still the same minute
    }
    expect(formatToParts).toHaveBeenCalledTimes(1);
    expect(todayIn('UTC')).toBe('2026-05-04');
    expect(formatToParts).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    todayIn('Europe/Stockholm');
    expect(formatToParts).toHaveBeenCalledTimes(3);
  });

  it('changes at local midnight in Europe/Stockholm, not at UTC midnight', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:59:59 local time in winter (UTC+1) and in summer (UTC+2).
    vi.setSystemTime(new Date('2026-01-14T22:59:59Z'));
    expect(todayIn('Europe/Stockholm')).toBe('2026-01-14');
    vi.advanceTimersByTime(1_000);
    expect(todayIn('Europe/Stockholm')).toBe('2026-01-15');
    vi.setSystemTime(new Date('2026-07-14T21:59:59.999Z'));
    expect(todayIn('Europe/Stockholm')).toBe('2026-07-14');
    vi.advanceTimersByTime(1);
    expect(todayIn('Europe/Stockholm')).toBe('2026-07-15');
    // UTC midnight changes nothing in Stockholm.
    vi.setSystemTime(new Date('2026-07-15T23:59:59Z'));
    expect(todayIn('Europe/Stockholm')).toBe('2026-07-16');
    vi.advanceTimersByTime(1_000);
    expect(todayIn('Europe/Stockholm')).toBe('2026-07-16');
  });
});
