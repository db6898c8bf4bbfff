import type { CooperationStatus } from '../cooperations/forms';
import type { Role } from '../users/roles';
import { addMonths } from '../organisations/democracy.rules';

/** Cooperations the review group follows up: those running (INI-7). */
export const FOLLOWED_UP_STATUSES = ['active', 'under_review'] as const satisfies readonly CooperationStatus[];

/** How long a counted follow-up lasts: the group follows up at least once a year (INI-7). */
export const FOLLOW_UP_INTERVAL_MONTHS = 12;

/** Roles a person must hold to attend a review-group meeting: its members and Ekonomistaben's economists. */
export const ATTENDEE_ROLES = ['review_group', 'economist'] as const satisfies readonly Role[];

/** Whether a cooperation in this status is running and so to be followed up (INI-7). */
export function isFollowedUpStatus(status: string): boolean {
  return (FOLLOWED_UP_STATUSES as readonly string[]).includes(status);
}

/** Whether someone with these roles may be recorded as attending a review-group meeting. */
export function mayAttendReviewMeeting(roles: readonly string[]): boolean {
  return roles.some((r) => (ATTENDEE_ROLES as readonly string[]).includes(r));
}

/** Whether an economist from Ekonomistaben is among a meeting's attendees (INI-7). */
export function hasEconomist(attendees: readonly { roles: readonly string[] }[]): boolean {
  return attendees.some((a) => a.roles.includes('economist'));
}

export type FollowUpFact = { meetingDate: string; held: boolean; economistPresent: boolean };

/**
 * Whether a follow-up counts towards INI-7: only one recorded at a meeting that was held, with
 * an economist from Ekonomistaben taking part. A planned meeting may still be cancelled.
 */
export function countsForIni7(f: FollowUpFact): boolean {
  return f.held && f.economistPresent;
}

export type FollowUpStatus = {
  /** The cooperation needs a follow-up now. */
  due: boolean;
  /** The date of the latest meeting whose follow-up counts, if any. */
  lastCounted: string | null;
  /** From when the follow-up has been due; null when not due, or when due without any known date. */
  dueSince: string | null;
};

/**
 * The INI-7 follow-up status of a cooperation on a date: a running cooperation (active or under
 * review) is due when twelve months have passed since its latest counted follow-up, or — never
 * followed up — since it started (its start date, else the day it became active). A running
 * cooperation with neither date is due at once, since nothing shows it was ever followed up.
 * Ended and preparing cooperations are never due.
 */
export function followUpStatus(
  cooperation: { status: string; startDate: string | null; activatedOn?: string | null | undefined },
  followUps: readonly FollowUpFact[],
  today: string,
): FollowUpStatus {
  const counted = followUps.filter(countsForIni7).map((f) => f.meetingDate);
  const lastCounted = counted.length > 0 ? counted.reduce((a, b) => (b > a ? b : a)) : null;
  if (!isFollowedUpStatus(cooperation.status)) return { due: false, lastCounted, dueSince: null };
  const from = lastCounted ?? cooperation.startDate ?? cooperation.activatedOn ?? null;
  if (from === null) return { due: true, lastCounted, dueSince: null };
  const dueSince = addMonths(from, FOLLOW_UP_INTERVAL_MONTHS);
  return dueSince <= today ? { due: true, lastCounted, dueSince } : { due: false, lastCounted, dueSince: null };
}
