import { describe, expect, it } from 'vitest';
import { isoDateIn } from './dates';

describe('isoDateIn', () => {
  it('gives the local calendar date, not the UTC one', () => {
    expect(isoDateIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Stockholm')).toBe('2027-01-01');
    expect(isoDateIn(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31');
    expect(isoDateIn(new Date('2026-06-01T12:00:00Z'), 'Europe/Stockholm')).toBe('2026-06-01');
  });
});
