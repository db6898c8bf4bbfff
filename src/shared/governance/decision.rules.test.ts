import { describe, expect, it } from 'vitest';
import { decisionStatus, partiesAwaitingApproval } from './decision.rules';

const city = 'city';
const partner = 'partner';

describe('joint decisions (IOP-6)', () => {
  it('IOP-6: approval by the city alone leaves a joint decision proposed', () => {
    expect(decisionStatus([city, partner], [{ organisationId: city, vote: 'approve' }])).toBe('proposed');
  });
  it('IOP-6: approval by a representative of every party decides', () => {
    expect(
      decisionStatus([city, partner], [
        { organisationId: city, vote: 'approve' },
        { organisationId: partner, vote: 'approve' },
      ]),
    ).toBe('decided');
  });
  it('IOP-6: a rejection by either party stops the decision, even after the other approved', () => {
    expect(decisionStatus([city, partner], [{ organisationId: partner, vote: 'reject' }])).toBe('rejected');
    expect(
      decisionStatus([city, partner], [
        { organisationId: city, vote: 'approve' },
        { organisationId: partner, vote: 'reject' },
      ]),
    ).toBe('rejected');
  });
  it('IOP-6: two approvals from the same party do not stand in for the other party', () => {
    expect(
      decisionStatus([city, partner], [
        { organisationId: city, vote: 'approve' },
        { organisationId: city, vote: 'approve' },
      ]),
    ).toBe('proposed');
  });
  it('IOP-6: a body with members from one organisation only decides on one approval (not joint)', () => {
    expect(decisionStatus([city, city], [{ organisationId: city, vote: 'approve' }])).toBe('decided');
  });
  it('IOP-6: a body without members cannot decide', () => {
    expect(decisionStatus([], [{ organisationId: city, vote: 'approve' }])).toBe('proposed');
  });
  it('IOP-6: no votes means proposed, and the awaiting parties are listed', () => {
    expect(decisionStatus([city, partner], [])).toBe('proposed');
    expect(partiesAwaitingApproval([city, partner], [{ organisationId: city, vote: 'approve' }])).toEqual([partner]);
  });
});
