/** Where a joint decision stands: open for votes, taken jointly, or stopped (IOP-6). */
export const DECISION_STATUSES = ['proposed', 'decided', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const VOTES = ['approve', 'reject'] as const;
export type Vote = (typeof VOTES)[number];

/** One representative's vote, counted for the organisation the representative sits for. */
export type CastVote = { organisationId: string; vote: Vote };

/** Whether an organisation is one of the parties whose votes count in a body's decisions (IOP-6). */
export function isDecisionParty(partyOrganisationIds: readonly string[], organisationId: string): boolean {
  return partyOrganisationIds.includes(organisationId);
}

/**
 * The status of a decision from its votes (IOP-6: no party decides alone). The parties are the
 * organisations recorded as the body's decision-making parties — for a body that governs a
 * cooperation, the cooperation's parties — not every organisation that has a member in the body:
 * members from other organisations take part without a vote, so their votes are never counted.
 * A rejection by a party stops the decision; it is decided once every party has at least one
 * approval; until then it stays proposed. A body without parties cannot decide.
 */
export function decisionStatus(partyOrganisationIds: readonly string[], votes: readonly CastVote[]): DecisionStatus {
  const parties = new Set(partyOrganisationIds);
  const counted = votes.filter((v) => parties.has(v.organisationId));
  if (counted.some((v) => v.vote === 'reject')) return 'rejected';
  if (parties.size === 0) return 'proposed';
  const approving = new Set(counted.filter((v) => v.vote === 'approve').map((v) => v.organisationId));
  return [...parties].every((p) => approving.has(p)) ? 'decided' : 'proposed';
}

/** The party organisations that have yet to approve a proposed decision, for the UI's checklist. */
export function partiesAwaitingApproval(partyOrganisationIds: readonly string[], votes: readonly CastVote[]): string[] {
  const approving = new Set(votes.filter((v) => v.vote === 'approve').map((v) => v.organisationId));
  return [...new Set(partyOrganisationIds)].filter((p) => !approving.has(p));
}

/**
 * The parties a body that governs cooperations gets unless someone names them (IOP-6): the
 * cooperations' partner organisations and the parties of their agreements, where the city signs.
 * When no agreement names anyone beside the partners yet, the city is still a party to every
 * cooperation it runs, so the organisations that sign for the administration are added.
 */
export function defaultDecisionParties(sources: {
  partners: readonly string[];
  agreementParties: readonly string[];
  administration: readonly string[];
}): string[] {
  const partners = new Set(sources.partners);
  const cityNamed = sources.agreementParties.some((id) => !partners.has(id));
  return [...new Set([...(cityNamed ? [] : sources.administration), ...sources.agreementParties, ...sources.partners])];
}
