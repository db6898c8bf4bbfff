import { describe, expect, it } from 'vitest';
import { countsForIni7, followUpStatus, hasEconomist, isFollowedUpStatus, mayAttendReviewMeeting } from './follow-up.rules';

const today = '2026-06-15';
const active = { status: 'active', startDate: '2024-01-10' };
const counted = (meetingDate: string) => ({ meetingDate, held: true, economistPresent: true });

describe('yearly follow-up of running cooperations (INI-7)', () => {
  it('INI-7: a follow-up without an economist present does not count', () => {
    const withoutEconomist = { meetingDate: '2026-05-01', held: true, economistPresent: false };
    expect(countsForIni7(withoutEconomist)).toBe(false);
    expect(followUpStatus(active, [withoutEconomist], today)).toEqual({ due: true, lastCounted: null, dueSince: '2025-01-10' });
  });

  it('INI-7: a follow-up at a meeting not yet held does not count', () => {
    const planned = { meetingDate: '2026-05-01', held: false, economistPresent: true };
    expect(countsForIni7(planned)).toBe(false);
    expect(followUpStatus(active, [planned], today).due).toBe(true);
  });

  it('INI-7: a counted follow-up 11 months ago keeps the cooperation off the due list; 13 months ago it is due', () => {
    expect(followUpStatus(active, [counted('2025-07-15')], today)).toEqual({ due: false, lastCounted: '2025-07-15', dueSince: null });
    expect(followUpStatus(active, [counted('2025-05-15')], today)).toEqual({ due: true, lastCounted: '2025-05-15', dueSince: '2026-05-15' });
  });

  it('INI-7: exactly twelve months after the last counted follow-up it is due again', () => {
    expect(followUpStatus(active, [counted('2025-06-15')], today)).toEqual({ due: true, lastCounted: '2025-06-15', dueSince: '2026-06-15' });
    expect(followUpStatus(active, [counted('2025-06-16')], today).due).toBe(false);
  });

  it('INI-7: the latest counted follow-up decides, whatever the order given', () => {
    const status = followUpStatus(active, [counted('2026-01-01'), counted('2024-03-01'), { meetingDate: '2026-06-01', held: true, economistPresent: false }], today);
    expect(status).toEqual({ due: false, lastCounted: '2026-01-01', dueSince: null });
  });

  it('INI-7: ended and preparing cooperations are never due', () => {
    expect(followUpStatus({ status: 'ended', startDate: '2020-01-01' }, [], today)).toEqual({ due: false, lastCounted: null, dueSince: null });
    expect(followUpStatus({ status: 'ended', startDate: '2020-01-01' }, [counted('2021-01-01')], today)).toEqual({
      due: false,
      lastCounted: '2021-01-01',
      dueSince: null,
    });
    expect(followUpStatus({ status: 'preparing', startDate: '2020-01-01' }, [], today).due).toBe(false);
    expect(isFollowedUpStatus('under_review')).toBe(true);
  });

  it('INI-7: never followed up, a cooperation is due a year after its start, else after it became active', () => {
    expect(followUpStatus({ status: 'under_review', startDate: '2025-08-01' }, [], today)).toEqual({ due: false, lastCounted: null, dueSince: null });
    expect(followUpStatus({ status: 'active', startDate: '2025-05-31' }, [], today)).toEqual({ due: true, lastCounted: null, dueSince: '2026-05-31' });
    expect(followUpStatus({ status: 'active', startDate: null, activatedOn: '2025-03-01' }, [], today).dueSince).toBe('2026-03-01');
    expect(followUpStatus({ status: 'active', startDate: null, activatedOn: '2025-09-01' }, [], today).due).toBe(false);
    expect(followUpStatus({ status: 'active', startDate: null }, [], today)).toEqual({ due: true, lastCounted: null, dueSince: null });
  });

  it('INI-7: members of the review group and economists may attend; an economist makes the meeting count', () => {
    expect(mayAttendReviewMeeting(['review_group'])).toBe(true);
    expect(mayAttendReviewMeeting(['officer', 'economist'])).toBe(true);
    expect(mayAttendReviewMeeting(['officer', 'manager'])).toBe(false);
    expect(hasEconomist([{ roles: ['review_group'] }, { roles: ['economist'] }])).toBe(true);
    expect(hasEconomist([{ roles: ['review_group'] }])).toBe(false);
  });
});
