import type { Updateable } from 'kysely';
import type {
  ActionItemView,
  CreateActionItemInput,
  CreateMeetingInput,
  MeetingDetailView,
  MeetingPage,
  UpdateActionItemInput,
  UpdateMeetingInput,
} from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';
import type { GovernanceActionItemRow, GovernanceActionItemTable, GovernanceMeetingRow, GovernanceMeetingTable } from '../../db/schema-governance';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertCanReadBody } from './governance-access';
import { findBodyById, findMembers } from './governance.repository';
import { loadMeetingDetail, toActionItemView, toMeetingView } from './governance.views';
import {
  countMeetings,
  findActionItemById,
  findMeetingById,
  findMeetings,
  insertActionItem,
  insertMeeting,
  updateActionItemIfVersion,
  updateMeetingIfVersion,
} from './meeting.repository';

const isKeyset = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0]) && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

const auditedMeeting = (m: GovernanceMeetingRow) => ({ meetingDate: m.meeting_date, agenda: m.agenda, minutes: m.minutes, attendeeMemberIds: m.attendee_member_ids });
const auditedItem = (a: GovernanceActionItemRow) => ({ text: a.text, ownerMemberId: a.owner_member_id, dueDate: a.due_date, done: a.done });

/** Every id must be a member (active or not: a former member may have attended) of the body. */
async function assertMembersOf(trx: Db, bodyId: string, ids: string[], pathOf: (index: number) => string): Promise<void> {
  const memberIds = new Set((await findMembers(trx, bodyId)).map((m) => m.id));
  const index = ids.findIndex((id) => !memberIds.has(id));
  if (index >= 0) throw new DomainError('validation_failed', { errors: [{ path: pathOf(index), message: 'validation.member.unknown' }] });
}
const attendeePath = (i: number) => `attendeeMemberIds.${i}`;
const ownerPath = () => 'ownerMemberId';

/** A body's meetings, newest first; 404 for a body outside the caller's scope. */
export async function listMeetings(db: Db, ctx: RequestContext, bodyId: string, q: { limit: number; cursor?: string | undefined }): Promise<MeetingPage> {
  await assertCanReadBody(db, ctx, bodyId);
  found(await findBodyById(db, bodyId, ctx.today));
  const after = q.cursor ? decodeCursor(q.cursor, isKeyset) : undefined;
  const [rows, total] = await Promise.all([findMeetings(db, bodyId, { limit: q.limit, after }), countMeetings(db, bodyId)]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return { items: items.map(toMeetingView), nextCursor: rows.length > q.limit && last ? encodeCursor([last.meeting_date, last.id]) : null, total };
}

/** One meeting with its action items and decisions; 404 outside the caller's scope. */
export async function getMeeting(db: Db, ctx: RequestContext, id: string): Promise<MeetingDetailView> {
  const meeting = found(await findMeetingById(db, id));
  await assertCanReadBody(db, ctx, meeting.body_id);
  return loadMeetingDetail(db, id);
}

/** Records a meeting of a body; a steering group's meeting this semester clears its flag (IOP-6). */
export async function createMeeting(db: Db, ctx: RequestContext, bodyId: string, input: CreateMeetingInput): Promise<MeetingDetailView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const body = found(await findBodyById(trx, bodyId, ctx.today, true));
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    const attendees = [...new Set(input.attendeeMemberIds)];
    await assertMembersOf(trx, bodyId, attendees, attendeePath);
    const id = await insertMeeting(trx, {
      body_id: bodyId,
      meeting_date: input.meetingDate,
      agenda: input.agenda ?? null,
      minutes: input.minutes ?? null,
      attendee_member_ids: attendees,
      created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    const after = found(await findMeetingById(trx, id));
    await recordAudit(trx, ctx, { action: 'governance-meeting.created', entityType: 'governance_meeting', entityId: id, after: { bodyId, ...auditedMeeting(after) } });
    return loadMeetingDetail(trx, id);
  });
}

/** Changes a meeting's date, agenda, minutes or attendees (optimistic concurrency). */
export async function updateMeeting(db: Db, ctx: RequestContext, id: string, input: UpdateMeetingInput): Promise<MeetingDetailView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const before = found(await findMeetingById(trx, id, true));
    if (before.version !== input.version) throw new DomainError('version_conflict');
    const changes: Updateable<GovernanceMeetingTable> = {};
    if (input.meetingDate !== undefined) changes.meeting_date = input.meetingDate;
    if (input.agenda !== undefined) changes.agenda = input.agenda;
    if (input.minutes !== undefined) changes.minutes = input.minutes;
    if (input.attendeeMemberIds !== undefined) {
      const attendees = [...new Set(input.attendeeMemberIds)];
      await assertMembersOf(trx, before.body_id, attendees, attendeePath);
      changes.attendee_member_ids = attendees;
    }
    if (!(await updateMeetingIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    const after = found(await findMeetingById(trx, id));
    await recordAudit(trx, ctx, { action: 'governance-meeting.updated', entityType: 'governance_meeting', entityId: id, before: auditedMeeting(before), after: auditedMeeting(after) });
    return loadMeetingDetail(trx, id);
  });
}

/** Adds an action item (owner among the body's members, due date) to a meeting. */
export async function addActionItem(db: Db, ctx: RequestContext, meetingId: string, input: CreateActionItemInput): Promise<ActionItemView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const meeting = found(await findMeetingById(trx, meetingId, true));
    if (input.ownerMemberId) await assertMembersOf(trx, meeting.body_id, [input.ownerMemberId], ownerPath);
    const item = await insertActionItem(trx, {
      meeting_id: meetingId,
      text: input.text,
      owner_member_id: input.ownerMemberId ?? null,
      due_date: input.dueDate ?? null,
    });
    await recordAudit(trx, ctx, { action: 'governance-action-item.created', entityType: 'governance_action_item', entityId: item.id, after: { meetingId, ...auditedItem(item) } });
    return toActionItemView(item);
  });
}

/** Changes an action item or marks it done (optimistic concurrency). */
export async function updateActionItem(db: Db, ctx: RequestContext, id: string, input: UpdateActionItemInput): Promise<ActionItemView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const before = found(await findActionItemById(trx, id, true));
    if (before.version !== input.version) throw new DomainError('version_conflict');
    if (input.ownerMemberId) {
      const meeting = found(await findMeetingById(trx, before.meeting_id));
      await assertMembersOf(trx, meeting.body_id, [input.ownerMemberId], ownerPath);
    }
    const changes: Updateable<GovernanceActionItemTable> = {};
    if (input.text !== undefined) changes.text = input.text;
    if (input.ownerMemberId !== undefined) changes.owner_member_id = input.ownerMemberId;
    if (input.dueDate !== undefined) changes.due_date = input.dueDate;
    if (input.done !== undefined) changes.done = input.done;
    if (!(await updateActionItemIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    const after = found(await findActionItemById(trx, id));
    await recordAudit(trx, ctx, { action: 'governance-action-item.updated', entityType: 'governance_action_item', entityId: id, before: auditedItem(before), after: auditedItem(after) });
    return toActionItemView(after);
  });
}
