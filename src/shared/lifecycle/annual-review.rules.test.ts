import { describe, expect, it } from 'vitest';
import { anniversaryIn, annualReviewDue, isReviewOnWorklist, nextReviewYear } from './annual-review.rules';

const inForce = { startDate: '2025-03-15', endDate: null, inForce: true };

describe('annual review (IOP-8, AGR-7)', () => {
  it('IOP-8: the first yearly review is due by the first anniversary of the start date', () => {
    expect(nextReviewYear('2025-03-15', [])).toBe(2026);
    expect(annualReviewDue(inForce, [], '2025-06-01')).toEqual({ status: 'not_due', nextReviewYear: 2026, dueOn: '2026-03-15' });
  });

  it('IOP-8: shows as due within 60 days before the anniversary, and overdue the day after', () => {
    expect(annualReviewDue(inForce, [], '2026-01-13').status).toBe('not_due');
    expect(annualReviewDue(inForce, [], '2026-01-14').status).toBe('due');
    expect(annualReviewDue(inForce, [], '2026-03-15').status).toBe('due');
    expect(annualReviewDue(inForce, [], '2026-03-16').status).toBe('overdue');
  });

  it('AGR-7: once a year is reviewed, the next is due a year later; missed years are covered by a later review', () => {
    expect(annualReviewDue(inForce, [2026], '2026-03-16')).toEqual({ status: 'not_due', nextReviewYear: 2027, dueOn: '2027-03-15' });
    expect(nextReviewYear('2025-03-15', [2026, 2028])).toBe(2029);
    expect(nextReviewYear('2025-03-15', [2025])).toBe(2026);
    // Never reviewed since 2025: the review owed is that of the latest anniversary passed, overdue since it.
    expect(annualReviewDue(inForce, [], '2028-06-01')).toEqual({ status: 'overdue', nextReviewYear: 2028, dueOn: '2028-03-15' });
    expect(annualReviewDue(inForce, [], '2028-03-14')).toEqual({ status: 'overdue', nextReviewYear: 2027, dueOn: '2027-03-15' });
    expect(annualReviewDue(inForce, [2028], '2028-06-01')).toEqual({ status: 'not_due', nextReviewYear: 2029, dueOn: '2029-03-15' });
    expect(annualReviewDue(inForce, [2026], '2026-03-16')).toEqual({ status: 'not_due', nextReviewYear: 2027, dueOn: '2027-03-15' });
  });

  it('29 February falls on 28 February in other years', () => {
    expect(anniversaryIn('2024-02-29', 2025)).toBe('2025-02-28');
    expect(anniversaryIn('2024-02-29', 2028)).toBe('2028-02-29');
  });

  it('an agreement not in force, or ending before the review, needs none; a missing start date is said so', () => {
    expect(annualReviewDue({ ...inForce, inForce: false }, [], '2026-03-16').status).toBe('not_required');
    expect(annualReviewDue({ ...inForce, endDate: '2026-03-14' }, [], '2026-03-16').status).toBe('not_required');
    expect(annualReviewDue({ ...inForce, endDate: '2026-03-15' }, [], '2026-03-16').status).toBe('overdue');
    expect(annualReviewDue({ startDate: null, endDate: null, inForce: true }, [], '2026-03-16')).toEqual({
      status: 'no_start_date',
      nextReviewYear: null,
      dueOn: null,
    });
  });

  it('the worklist holds the due and the overdue', () => {
    expect(isReviewOnWorklist(annualReviewDue(inForce, [], '2026-03-01'))).toBe(true);
    expect(isReviewOnWorklist(annualReviewDue(inForce, [], '2026-04-01'))).toBe(true);
    expect(isReviewOnWorklist(annualReviewDue(inForce, [], '2025-04-01'))).toBe(false);
  });
});
