import { isMeetingCadenceMet } from '../../../shared/governance/cadence.rules';
import { partiesAwaitingApproval } from '../../../shared/governance/decision.rules';
import {
  type DecisionView,
  type GovernanceBodyDetailView,
  type GovernanceBodySummaryView,
  type GovernanceBodyType,
  isSteeringGroupType,
  type MeetingDetailView,
  type MeetingView,
  type MemberView,
  type ActionItemView,
} from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';
import type { GovernanceActionItemRow, GovernanceDecisionRow, GovernanceMeetingRow } from '../../db/schema-governance';
import { found } from '../../http/errors';
import { type BodyWithLastMeeting, findBodyById, findBodyCooperations, findMembers, type MemberWithOrganisation } from './governance.repository';
import { findActionItems, findDecisions, findMeetingById, findVotes } from './meeting.repository';
import { findBodyParties, findPartyOrganisationIds } from './party.repository';

/** A cooperation a body governs, as linked from lists and the body's page. */
export type LinkedCooperation = { id: string; case_number: string; title: string };

/** A body as listed, with its linked cooperations and its cadence judged as of today (IOP-6). */
export function toBodySummaryView(row: BodyWithLastMeeting, today: string, cooperations: readonly LinkedCooperation[]): GovernanceBodySummaryView {
  const met = isMeetingCadenceMet(row.cadence, row.last_meeting_date ? [row.last_meeting_date] : [], today);
  return {
    id: row.id,
    type: row.type as GovernanceBodyType,
    name: row.name,
    permanent: row.permanent,
    reportsToId: row.reports_to_id,
    cadence: row.cadence,
    status: row.status,
    lastMeetingDate: row.last_meeting_date,
    meetingCadenceMet: met,
    flagged: row.status === 'active' && isSteeringGroupType(row.type) && !met,
    cooperations: cooperations.map((c) => ({ id: c.id, caseNumber: c.case_number, title: c.title })),
    version: row.version,
  };
}

/** A member as shown on its body. */
export function toMemberView(m: MemberWithOrganisation): MemberView {
  return {
    id: m.id,
    bodyId: m.body_id,
    name: m.name,
    organisation: { id: m.organisation_id, name: m.organisation_name },
    roleTitle: m.role_title,
    userId: m.user_id,
    active: m.active,
    version: m.version,
  };
}

/** Decisions with their votes — counted only for the parties (IOP-6) — and the parties still to approve. */
export async function toDecisionViews(db: Db, decisions: GovernanceDecisionRow[], partyIds: string[]): Promise<DecisionView[]> {
  const votes = await findVotes(db, decisions.map((d) => d.id));
  return decisions.map((d) => {
    const own = votes.filter((v) => v.decision_id === d.id);
    return {
      id: d.id,
      bodyId: d.body_id,
      meetingId: d.meeting_id,
      text: d.text,
      status: d.status,
      proposedBy: d.proposed_by,
      proposedAt: d.proposed_at.toISOString(),
      decidedAt: d.decided_at ? d.decided_at.toISOString() : null,
      votes: own.map((v) => ({
        memberId: v.member_id,
        memberName: v.member_name,
        organisationId: v.organisation_id,
        vote: v.vote,
        userId: v.user_id,
        at: v.at.toISOString(),
        counted: partyIds.includes(v.organisation_id),
      })),
      awaitingOrganisationIds: d.status === 'proposed' ? partiesAwaitingApproval(partyIds, own.map((v) => ({ organisationId: v.organisation_id, vote: v.vote }))) : [],
    };
  });
}

/** A body with its members, linked cooperations and decisions. */
export async function loadBodyDetail(db: Db, id: string, today: string): Promise<GovernanceBodyDetailView> {
  const body = found(await findBodyById(db, id, today));
  const [members, cooperations, decisions, parties] = await Promise.all([
    findMembers(db, id),
    findBodyCooperations(db, id),
    findDecisions(db, { bodyId: id }),
    findBodyParties(db, id),
  ]);
  return {
    ...toBodySummaryView(body, today, cooperations),
    mandate: body.mandate,
    members: members.map(toMemberView),
    parties: parties.map((p) => ({ id: p.organisation_id, name: p.name, activeMembers: p.active_members })),
    decisions: await toDecisionViews(
      db,
      decisions,
      parties.map((p) => p.organisation_id),
    ),
  };
}

/** A meeting as listed. */
export function toMeetingView(m: GovernanceMeetingRow): MeetingView {
  return {
    id: m.id,
    bodyId: m.body_id,
    meetingDate: m.meeting_date,
    agenda: m.agenda,
    minutes: m.minutes,
    attendeeMemberIds: m.attendee_member_ids,
    version: m.version,
  };
}

/** An action item as shown on its meeting. */
export function toActionItemView(a: GovernanceActionItemRow): ActionItemView {
  return { id: a.id, meetingId: a.meeting_id, text: a.text, ownerMemberId: a.owner_member_id, dueDate: a.due_date, done: a.done, version: a.version };
}

/** A meeting with its action items and the decisions proposed at it. */
export async function loadMeetingDetail(db: Db, id: string): Promise<MeetingDetailView> {
  const meeting = found(await findMeetingById(db, id));
  const [items, decisions, partyIds] = await Promise.all([
    findActionItems(db, id),
    findDecisions(db, { meetingId: id }),
    findPartyOrganisationIds(db, meeting.body_id),
  ]);
  return { ...toMeetingView(meeting), actionItems: items.map(toActionItemView), decisions: await toDecisionViews(db, decisions, partyIds) };
}
