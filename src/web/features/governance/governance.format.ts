import type { DecisionView, GovernanceBodyDetailView, GovernanceBodyType, MemberView } from '../../../shared/governance/governance.schemas';
import { GOVERNANCE_BODY_TYPES } from '../../../shared/governance/governance.schemas';

/** Whether a text from the address is one of the body types (the list filter). */
export function isBodyType(value: string | undefined): value is GovernanceBodyType {
  return value !== undefined && (GOVERNANCE_BODY_TYPES as readonly string[]).includes(value);
}

/** Colour of a decision's status badge. */
export function decisionStatusColor(status: DecisionView['status']): string {
  if (status === 'decided') return 'green';
  if (status === 'rejected') return 'red';
  return 'yellow';
}

export type PartyVote = {
  organisationId: string;
  organisationName: string;
  /** Approve when the party has approved, reject when any of its members rejected, null while awaited. */
  vote: 'approve' | 'reject' | null;
  /** Who of the party voted, and when. */
  votes: { memberName: string; at: string; vote: 'approve' | 'reject' }[];
};

/** A decision-making party of a body as the body's view lists it. */
export type BodyParty = GovernanceBodyDetailView['parties'][number];

/**
 * One row per party of the body's decisions, in the body's order: whether it has approved or
 * rejected the decision, by whom and when (IOP-6). Votes of members whose organisation is not a
 * party are not rows here: they are never counted (see `uncountedVotes`).
 */
export function partyVotes(decision: DecisionView, parties: readonly BodyParty[]): PartyVote[] {
  return parties.map((party) => {
    const votes = decision.votes
      .filter((v) => v.counted && v.organisationId === party.id)
      .map((v) => ({ memberName: v.memberName, at: v.at, vote: v.vote }));
    const vote = votes.some((v) => v.vote === 'reject') ? 'reject' : votes.some((v) => v.vote === 'approve') ? 'approve' : null;
    return { organisationId: party.id, organisationName: party.name, vote, votes };
  });
}

/** Votes recorded by members of organisations that are not parties: shown as taking part without a vote, never counted (IOP-6). */
export function uncountedVotes(decision: DecisionView): DecisionView['votes'] {
  return decision.votes.filter((v) => !v.counted);
}

/** An organisation that could be named a party, with its active members in the body. */
export type PartyCandidate = { id: string; name: string; activeMembers: number };

/** Active members per organisation in the body. */
function activeMembersByOrganisation(members: readonly MemberView[]): Map<string, { name: string; count: number }> {
  const counts = new Map<string, { name: string; count: number }>();
  for (const m of members) {
    if (!m.active) continue;
    const entry = counts.get(m.organisation.id) ?? { name: m.organisation.name, count: 0 };
    counts.set(m.organisation.id, { ...entry, count: entry.count + 1 });
  }
  return counts;
}

/** The organisations with active members in the body that are not parties: they take part without a vote (IOP-6). */
export function nonPartyOrganisations(body: Pick<GovernanceBodyDetailView, 'members' | 'parties'>): { id: string; name: string }[] {
  const parties = new Set(body.parties.map((p) => p.id));
  return [...activeMembersByOrganisation(body.members)].filter(([id]) => !parties.has(id)).map(([id, o]) => ({ id, name: o.name }));
}

/**
 * The organisations offered when the parties are changed: the current parties, every organisation
 * with an active member, and any picked from the register — each once, by name.
 */
export function partyCandidates(body: Pick<GovernanceBodyDetailView, 'members' | 'parties'>, picked: readonly { id: string; name: string }[]): PartyCandidate[] {
  const counts = activeMembersByOrganisation(body.members);
  const all = new Map<string, PartyCandidate>();
  for (const p of body.parties) all.set(p.id, { id: p.id, name: p.name, activeMembers: p.activeMembers });
  for (const [id, o] of counts) if (!all.has(id)) all.set(id, { id, name: o.name, activeMembers: o.count });
  for (const o of picked) if (!all.has(o.id)) all.set(o.id, { id: o.id, name: o.name, activeMembers: 0 });
  return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The active member linked to a login, i.e. who the logged-in user sits as; null if none. */
export function memberOfUser(members: readonly MemberView[], userId: string): MemberView | null {
  return members.find((m) => m.active && m.userId === userId) ?? null;
}

/** The active member a login votes as: one whose organisation is a party of the body's decisions (IOP-6); null if none. */
export function voterOfUser(members: readonly MemberView[], parties: readonly BodyParty[], userId: string): MemberView | null {
  const partyIds = new Set(parties.map((p) => p.id));
  return members.find((m) => m.active && m.userId === userId && partyIds.has(m.organisation.id)) ?? null;
}

/** Whether the user may still vote on the decision: it is proposed and their member has not voted. */
export function canVote(decision: DecisionView, member: MemberView | null): boolean {
  return member !== null && decision.status === 'proposed' && !decision.votes.some((v) => v.memberId === member.id);
}

/** Today as YYYY-MM-DD in local time, the default date of a new meeting. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What a task of the annual cycle is about, as a message key and year (IOP-7): the follow-up in a
 * year looks back at the year before, the plan made in a year is for the year after.
 */
export function cycleTaskLabel(task: { kind: 'follow_up' | 'plan_next_year'; cycleYear: number }): {
  key: 'governance.cycleKind_follow_up' | 'governance.cycleKind_plan_next_year';
  year: number;
} {
  return task.kind === 'follow_up'
    ? { key: 'governance.cycleKind_follow_up', year: task.cycleYear - 1 }
    : { key: 'governance.cycleKind_plan_next_year', year: task.cycleYear + 1 };
}
