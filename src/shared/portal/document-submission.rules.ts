import type { PartnerControlDocument } from '../organisations/partner-control.rules';

/** Where a partner's submitted partner-control document stands (ORG-4, issue 15). */
export const SUBMISSION_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export type SubmissionFact = { id: string; documentType: PartnerControlDocument; status: SubmissionStatus; submittedAt: string };

/** Staff accept or return only a submission that still waits; an accepted or returned one is settled. */
export function isSubmissionReviewable(status: SubmissionStatus): boolean {
  return status === 'submitted';
}

/**
 * Whether the partner may submit a document of this kind now: not while an earlier submission of
 * the same kind waits for staff, so staff never have two versions of one answer to choose between.
 */
export function maySubmitKind(submissions: readonly SubmissionFact[], documentType: PartnerControlDocument): boolean {
  return !submissions.some((s) => s.documentType === documentType && s.status === 'submitted');
}

/**
 * The returned submissions the partner still has to act on: those of a kind it has not submitted
 * again since (newest first). A kind submitted anew after the return no longer asks for anything.
 */
export function returnedAwaitingPartner<T extends SubmissionFact>(submissions: readonly T[]): T[] {
  const newestFirst = [...submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  const seen = new Set<PartnerControlDocument>();
  const result: T[] = [];
  for (const submission of newestFirst) {
    if (seen.has(submission.documentType)) continue;
    seen.add(submission.documentType);
    if (submission.status === 'returned') result.push(submission);
  }
  return result;
}
