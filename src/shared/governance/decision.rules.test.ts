import { describe, expect, it } from 'vitest';
import { decisionStatus, defaultDecisionParties, isDecisionParty, partiesAwaitingApproval } from './decision.rules';

const city = 'city';
const partner = 'partner';
/** A member organisation that is not a party to the cooperation, e.g. Samordningsförbundet in the AF agreement's bodies. */
const guest = 'guest';

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
  it("IOP-6: a body with one party decides on that party's approval (not joint)", () => {
    expect(decisionStatus([city, city], [{ organisationId: city, vote: 'approve' }])).toBe('decided');
  });
  it('IOP-6: a body without parties cannot decide', () => {
    expect(decisionStatus([], [{ organisationId: city, vote: 'approve' }])).toBe('proposed');
  });
  it('IOP-6: no votes means proposed, and the awaiting parties are listed', () => {
    expect(decisionStatus([city, partner], [])).toBe('proposed');
    expect(partiesAwaitingApproval([city, partner], [{ organisationId: city, vote: 'approve' }])).toEqual([partner]);
  });
  it("IOP-6: a non-party's missing approval does not block: the parties' approvals decide", () => {
    expect(
      decisionStatus([city, partner], [
        { organisationId: city, vote: 'approve' },
        { organisationId: partner, vote: 'approve' },
      ]),
    ).toBe('decided');
    expect(partiesAwaitingApproval([city, partner], [{ organisationId: city, vote: 'approve' }])).toEqual([partner]);
  });
  it("IOP-6: a party's missing approval blocks, however many non-parties approve", () => {
    expect(
      decisionStatus([city, partner], [
        { organisationId: city, vote: 'approve' },
        { organisationId: guest, vote: 'approve' },
      ]),
    ).toBe('proposed');
  });
  it("IOP-6: a party's rejection stops the decision; a non-party's rejection is not counted", () => {
    expect(decisionStatus([city, partner], [{ organisationId: city, vote: 'approve' }, { organisationId: partner, vote: 'reject' }])).toBe('rejected');
    expect(
      decisionStatus([city, partner], [
        { organisationId: guest, vote: 'reject' },
        { organisationId: city, vote: 'approve' },
        { organisationId: partner, vote: 'approve' },
      ]),
    ).toBe('decided');
    expect(decisionStatus([city, partner], [{ organisationId: guest, vote: 'reject' }])).toBe('proposed');
  });
  it('IOP-6: only the recorded parties are decision parties', () => {
    expect(isDecisionParty([city, partner], partner)).toBe(true);
    expect(isDecisionParty([city, partner], guest)).toBe(false);
  });
});

describe('default parties of a body that governs cooperations (IOP-6)', () => {
  it("IOP-6: the cooperation's partners and its agreement's parties; a co-opted member organisation is not among them", () => {
    expect(defaultDecisionParties({ partners: [partner], agreementParties: [city, partner], administration: [city, 'other-city-office'] }).sort()).toEqual(
      [city, partner].sort(),
    );
  });
  it('IOP-6: before an agreement names the city, the organisations that sign for the administration are parties', () => {
    expect(defaultDecisionParties({ partners: [partner], agreementParties: [], administration: [city] }).sort()).toEqual([city, partner].sort());
    expect(defaultDecisionParties({ partners: [partner], agreementParties: [partner], administration: [city] }).sort()).toEqual([city, partner].sort());
  });
});
