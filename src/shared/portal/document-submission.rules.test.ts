import { describe, expect, it } from 'vitest';
import { isSubmissionReviewable, maySubmitKind, returnedAwaitingPartner, type SubmissionFact } from './document-submission.rules';

const at = (id: string, documentType: SubmissionFact['documentType'], status: SubmissionFact['status'], submittedAt: string): SubmissionFact => ({
  id,
  documentType,
  status,
  submittedAt,
});

describe('partner document submissions (ORG-4, issue 15)', () => {
  it('only a waiting submission can be accepted or returned', () => {
    expect(isSubmissionReviewable('submitted')).toBe(true);
    expect(isSubmissionReviewable('accepted')).toBe(false);
    expect(isSubmissionReviewable('returned')).toBe(false);
  });

  it('a kind cannot be submitted again while one of it waits, but others can', () => {
    const waiting = [at('1', 'statutes', 'submitted', '2026-03-01T10:00:00Z')];
    expect(maySubmitKind(waiting, 'statutes')).toBe(false);
    expect(maySubmitKind(waiting, 'audit_report')).toBe(true);
    expect(maySubmitKind([at('1', 'statutes', 'returned', '2026-03-01T10:00:00Z')], 'statutes')).toBe(true);
  });

  it('a returned submission asks the partner to act until the kind is submitted again', () => {
    const returned = at('1', 'statutes', 'returned', '2026-03-01T10:00:00Z');
    const other = at('2', 'audit_report', 'returned', '2026-03-02T10:00:00Z');
    expect(returnedAwaitingPartner([returned, other]).map((s) => s.id)).toEqual(['2', '1']);
    const again = at('3', 'statutes', 'submitted', '2026-03-05T10:00:00Z');
    expect(returnedAwaitingPartner([returned, other, again]).map((s) => s.id)).toEqual(['2']);
  });
});
