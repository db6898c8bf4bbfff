import { addDays, daysInMonth } from './termination.rules';

/** What prompts a review (IOP-8): the yearly cycle, a competitive situation arising, or the need ending. */
export const ANNUAL_REVIEW_TRIGGERS = ['yearly', 'competitive_situation', 'need_ended'] as const;
export type AnnualReviewTrigger = (typeof ANNUAL_REVIEW_TRIGGERS)[number];

/** What a review concludes (IOP-8, AGR-7): the agreement continues, is revised, or is terminated. */
export const ANNUAL_REVIEW_OUTCOMES = ['continue', 'revise', 'terminate'] as const;
export type AnnualReviewOutcome = (typeof ANNUAL_REVIEW_OUTCOMES)[number];

/** How close to its due date a yearly review shows up on the worklist. */
export const REVIEW_DUE_SOON_DAYS = 60;

/**
 * Where an agreement stands with its yearly review: `not_due` (later), `due` (within the
 * worklist window, up to and including the due date), `overdue` (after it), `not_required` (not
 * in force, or it ends before the next review), `no_start_date` (the date to count from is missing).
 */
export const REVIEW_DUE_STATUSES = ['not_due', 'due', 'overdue', 'not_required', 'no_start_date'] as const;
export type ReviewDueStatus = (typeof REVIEW_DUE_STATUSES)[number];

export type ReviewDue = { status: ReviewDueStatus; nextReviewYear: number | null; dueOn: string | null };

/** The anniversary of a date in a given year; 29 February falls on 28 February in other years. */
export function anniversaryIn(date: string, year: number): string {
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The year of the next yearly review (IOP-8, AGR-7): the year after the last one reviewed, never
 * before the first anniversary of the agreement's start, and — when years were missed — the year
 * of the latest anniversary that has passed: one review now covers the missed years.
 */
export function nextReviewYear(startDate: string, reviewedYears: readonly number[], today?: string): number {
  const first = Number(startDate.slice(0, 4)) + 1;
  const last = reviewedYears.length > 0 ? Math.max(...reviewedYears) : first - 1;
  let latestPassed = first - 1;
  if (today) {
    const year = Number(today.slice(0, 4));
    latestPassed = anniversaryIn(startDate, year) <= today ? year : year - 1;
  }
  return Math.max(first, last + 1, latestPassed);
}

/**
 * When an agreement's next yearly review is due (IOP-8, AGR-7): by the anniversary of its start
 * date in the next year to review; overdue the day after. Only an agreement in force that still
 * runs on that date needs it.
 */
export function annualReviewDue(
  agreement: { startDate: string | null; endDate: string | null; inForce: boolean },
  reviewedYears: readonly number[],
  today: string,
): ReviewDue {
  if (!agreement.startDate) return { status: agreement.inForce ? 'no_start_date' : 'not_required', nextReviewYear: null, dueOn: null };
  const year = nextReviewYear(agreement.startDate, reviewedYears, today);
  const dueOn = anniversaryIn(agreement.startDate, year);
  if (!agreement.inForce || (agreement.endDate !== null && agreement.endDate < dueOn)) {
    return { status: 'not_required', nextReviewYear: year, dueOn };
  }
  if (today > dueOn) return { status: 'overdue', nextReviewYear: year, dueOn };
  if (today >= addDays(dueOn, -REVIEW_DUE_SOON_DAYS)) return { status: 'due', nextReviewYear: year, dueOn };
  return { status: 'not_due', nextReviewYear: year, dueOn };
}

/** True when the review belongs on the manager's worklist now. */
export function isReviewOnWorklist(due: ReviewDue): boolean {
  return due.status === 'due' || due.status === 'overdue';
}
