/** Where a joint decision stands: open for votes, taken jointly, or stopped (IOP-6). */
export const DECISION_STATUSES = ['proposed', 'decided', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const VOTES = ['approve', 'reject'] as const;
export type Vote = (typeof VOTES)[number];

/** One representative's vote, counted for the organisation the representative sits for. */
export type CastVote = { organisationId: string; vote: Vote };

/**
 * The status of a decision from its votes (IOP-6: no party decides alone). A rejection by any
 * party stops it; it is decided once every party organisation — the distinct organisations of
 * the body's active members — has at least one approval; until then it stays proposed.
 *
 * A body whose members all come from one organisation has one party, so one approval decides:
 * such a body (an internal working group, say) takes no joint decisions. A body without active
 * members has no party that could approve, so its decisions stay proposed.
 */
export function decisionStatus(partyOrganisationIds: readonly string[], votes: readonly CastVote[]): DecisionStatus {
  if (votes.some((v) => v.vote === 'reject')) return 'rejected';
  const parties = new Set(partyOrganisationIds);
  if (parties.size === 0) return 'proposed';
  const approving = new Set(votes.filter((v) => v.vote === 'approve').map((v) => v.organisationId));
  return [...parties].every((p) => approving.has(p)) ? 'decided' : 'proposed';
}

/** The party organisations that have yet to approve a proposed decision, for the UI's checklist. */
export function partiesAwaitingApproval(partyOrganisationIds: readonly string[], votes: readonly CastVote[]): string[] {
  const approving = new Set(votes.filter((v) => v.vote === 'approve').map((v) => v.organisationId));
  return [...new Set(partyOrganisationIds)].filter((p) => !approving.has(p));
}
