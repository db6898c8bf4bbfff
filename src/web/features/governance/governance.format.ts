import type { DecisionView, GovernanceBodyType, MemberView } from '../../../shared/governance/governance.schemas';
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

/**
 * One row per party organisation of the body (its active members' organisations, in first-seen
 * order): whether it has approved or rejected the decision, by whom and when (IOP-6).
 */
export function partyVotes(decision: DecisionView, members: readonly MemberView[]): PartyVote[] {
  const names = new Map<string, string>();
  for (const m of members) if (m.active && !names.has(m.organisation.id)) names.set(m.organisation.id, m.organisation.name);
  for (const id of decision.awaitingOrganisationIds) if (!names.has(id)) names.set(id, id);
  for (const v of decision.votes) if (!names.has(v.organisationId)) names.set(v.organisationId, v.organisationId);
  return [...names].map(([organisationId, organisationName]) => {
    const votes = decision.votes
      .filter((v) => v.organisationId === organisationId)
      .map((v) => ({ memberName: v.memberName, at: v.at, vote: v.vote }));
    const vote = votes.some((v) => v.vote === 'reject') ? 'reject' : votes.some((v) => v.vote === 'approve') ? 'approve' : null;
    return { organisationId, organisationName, vote, votes };
  });
}

/** The active member linked to a login, i.e. who the logged-in user votes as; null if none. */
export function memberOfUser(members: readonly MemberView[], userId: string): MemberView | null {
  return members.find((m) => m.active && m.userId === userId) ?? null;
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
