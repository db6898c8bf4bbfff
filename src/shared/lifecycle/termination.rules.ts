import type { CooperationStatus } from '../cooperations/forms';

/** How a cooperation is ended: by notice (uppsägning) or by rescission (hävning) (IOP-5, EMP-3). */
export const TERMINATION_KINDS = ['notice', 'rescission'] as const;
export type TerminationKind = (typeof TERMINATION_KINDS)[number];

/** The statuses from which a cooperation can be terminated; an ended one is an official record. */
export const TERMINABLE_STATUSES: readonly CooperationStatus[] = ['preparing', 'active', 'under_review'];

/** True when a cooperation in this status may be given notice or rescinded. */
export function isTerminable(status: CooperationStatus): boolean {
  return TERMINABLE_STATUSES.includes(status);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A calendar date moved a number of whole months; a day the target month lacks becomes its last
 * day (31 January + 1 month = 28 or 29 February), as notice periods are counted in Swedish practice.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return iso(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** A calendar date moved a number of days (negative moves back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = partsOf(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return iso(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * The date a termination takes effect (IOP-5): a notice ends the cooperation when the notice
 * period has run from the day it was given; a rescission ends it the day it is given.
 */
export function terminationEffectiveOn(kind: TerminationKind, givenOn: string, noticeMonths: number | null): string {
  if (kind === 'rescission') return givenOn;
  if (noticeMonths === null || !Number.isInteger(noticeMonths) || noticeMonths < 0) {
    throw new Error('A notice needs a whole number of notice months');
  }
  return addMonths(givenOn, noticeMonths);
}

/**
 * The notice period that applies to a cooperation: the longest of its agreements' periods (no
 * party may be held to less than it signed), else the one given with the notice.
 */
export function applicableNoticeMonths(agreementMonths: readonly (number | null)[], given: number | null | undefined): number | null {
  const known = agreementMonths.filter((m): m is number => m !== null);
  if (known.length > 0) return Math.max(...known);
  return given ?? null;
}

/** True when a notice has run its course on the given day and the cooperation should end. */
export function isNoticeDue(effectiveOn: string, today: string): boolean {
  return effectiveOn <= today;
}
