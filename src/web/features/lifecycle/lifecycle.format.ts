import type { ReviewDueStatus } from '../../../shared/lifecycle/annual-review.rules';
import { applicableNoticeMonths, type TerminationKind, terminationEffectiveOn } from '../../../shared/lifecycle/termination.rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in the browser's own time zone (YYYY-MM-DD). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The end date a termination would get, computed by the same rule as the server (IOP-5); null
 * while the form lacks a date or, for a notice, a notice period.
 */
export function previewEndDate(kind: TerminationKind, givenOn: string, agreementMonths: number | null, givenMonths: number | null): string | null {
  if (!DATE.test(givenOn)) return null;
  const months = applicableNoticeMonths([agreementMonths], givenMonths);
  if (kind === 'notice' && (months === null || months < 1)) return null;
  return terminationEffectiveOn(kind, givenOn, months);
}

/** The badge colour of a review's due status: red when overdue, orange when due, grey otherwise. */
export function dueStatusColor(status: ReviewDueStatus): string {
  if (status === 'overdue') return 'red';
  if (status === 'due') return 'orange';
  if (status === 'not_due') return 'green';
  return 'gray';
}
