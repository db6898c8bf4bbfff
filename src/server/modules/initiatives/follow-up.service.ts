import {
  followUpStatus,
  isFollowedUpStatus,
  mayAttendReviewMeeting,
} from '../../../shared/initiatives/follow-up.rules';
import type { DueFollowUpPage, DueFollowUpQuery, RecordFollowUpInput, SetAttendeesInput } from '../../../shared/initiatives/follow-up.schemas';
import type { ReviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import type { CooperationStatus } from '../../../shared/cooperations/forms';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor, isDateIdKeyset } from '../../http/cursor';
import { DomainError, found, type FieldError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { latestFollowUpRecordsOf } from '../followup/follow-up-record.views';
import {
  findActiveUsers,
  findAttendees,
  findCooperationForFollowUp,
  findDueFollowUps,
  findFollowUp,
  insertFollowUp,
  replaceAttendees,
} from './follow-up.repository';
import { findReviewMeetingById, type ReviewMeetingRow, touchReviewMeeting } from './review.repository';
import { loadMeetingDetail } from './review.views';

/** The meeting, locked, if it may still change: a held meeting's attendees and follow-ups are final. */
async function openMeeting(trx: Db, meetingId: string): Promise<ReviewMeetingRow> {
  const meeting = found(await findReviewMeetingById(trx, meetingId, true));
  if (meeting.status === 'held') throw new DomainError('meeting_already_held');
  return meeting;
}

/**
 * Records who attends a planned meeting, replacing the earlier list: members of the review group
 * and economists from Ekonomistaben, active users only (400 at `userIds.N` otherwise). Their roles
 * are kept as they are now, so that the meeting's follow-ups keep counting (INI-7).
 */
export async function setMeetingAttendees(
  db: Db,
  ctx: RequestContext,
  meetingId: string,
  input: SetAttendeesInput,
): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'review.manage');
  const userIds = [...new Set(input.userIds)];
  return db.transaction().execute(async (trx) => {
    const meeting = await openMeeting(trx, meetingId);
    if (meeting.version !== input.version) throw new DomainError('version_conflict');
    const users = new Map((await findActiveUsers(trx, userIds)).map((u) => [u.id, u]));
    const errors: FieldError[] = [];
    input.userIds.forEach((id, i) => {
      const user = users.get(id);
      if (!user || !mayAttendReviewMeeting(user.roles)) errors.push({ path: `userIds.${i}`, message: 'validation.attendee' });
    });
    if (errors.length > 0) throw new DomainError('validation_failed', { errors });
    const before = await findAttendees(trx, meetingId);
    await replaceAttendees(trx, meetingId, userIds.map((id) => ({ user_id: id, roles: users.get(id)?.roles ?? [] })));
    await touchReviewMeeting(trx, meetingId);
    await recordAudit(trx, ctx, {
      action: 'review-meeting.attendees.set',
      entityType: 'review_meeting',
      entityId: meetingId,
      before: { attendees: before.map((a) => a.id).sort() },
      after: { attendees: [...userIds].sort() },
      data: { economists: userIds.filter((id) => users.get(id)?.roles.includes('economist')) },
    });
    return loadMeetingDetail(trx, meetingId);
  });
}

/**
 * Records the review group's follow-up of a running cooperation (active or under review) at a
 * planned meeting: how it runs, its goal fulfilment and economy in brief (INI-7). It counts once
 * the meeting is held with an economist present. The event is kept in the cooperation's history.
 */
export async function recordFollowUp(
  db: Db,
  ctx: RequestContext,
  meetingId: string,
  input: RecordFollowUpInput,
): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'review.manage');
  const actor = ctx.actor;
  // A follow-up is recorded by a person (recorded_by is a user), never by an integration.
  if (actor.kind !== 'user') throw new DomainError('forbidden');
  return db.transaction().execute(async (trx) => {
    const meeting = await openMeeting(trx, meetingId);
    const cooperation = await findCooperationForFollowUp(trx, input.cooperationId);
    if (!cooperation) {
      throw new DomainError('validation_failed', { errors: [{ path: 'cooperationId', message: 'validation.cooperation.unknown' }] });
    }
    if (!isFollowedUpStatus(cooperation.status)) {
      throw new DomainError('transition_not_allowed', { extra: { reason: 'not_running', currentStatus: cooperation.status } });
    }
    if (await findFollowUp(trx, meetingId, cooperation.id)) {
      throw new DomainError('transition_not_allowed', {
        errors: [{ path: 'cooperationId', message: 'validation.followUp.duplicate' }],
        extra: { reason: 'already_followed_up' },
      });
    }
    const id = await insertFollowUp(trx, {
      meeting_id: meetingId,
      cooperation_id: cooperation.id,
      assessment: input.assessment,
      recorded_by: actor.userId,
    });
    await touchReviewMeeting(trx, meetingId);
    await recordAudit(trx, ctx, {
      action: 'cooperation.followed-up',
      entityType: 'cooperation',
      entityId: cooperation.id,
      data: { followUpId: id, meetingId, meetingDate: meeting.meeting_date, assessment: input.assessment },
    });
    return loadMeetingDetail(trx, meetingId);
  });
}

/**
 * Running cooperations whose yearly follow-up is due (INI-7), longest overdue first: those never
 * followed up count from their start. Cursor-paginated like every list.
 */
export async function listDueFollowUps(
  db: Db,
  ctx: RequestContext,
  q: DueFollowUpQuery,
  options: { timeZone: string },
): Promise<DueFollowUpPage> {
  assertPermitted(ctx.actor, 'initiatives.read');
  const after = q.cursor ? decodeCursor(q.cursor, isDateIdKeyset) : undefined;
  const { rows, total } = await findDueFollowUps(db, { today: ctx.today, timeZone: options.timeZone, limit: q.limit, after });
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  // INI-7 links to the cooperation's latest follow-up record; left out while it has none.
  const latestRecords = await latestFollowUpRecordsOf(db, items.map((row) => row.id));
  return {
    items: items.map((row) => {
      // The SQL selects; the rule states the result, so the two cannot drift apart unnoticed.
      const status = followUpStatus(
        { status: row.status, startDate: row.start_date, activatedOn: row.activated_on },
        row.last_counted ? [{ meetingDate: row.last_counted, held: true, economistPresent: true }] : [],
        ctx.today,
      );
      return {
        cooperation: {
          id: row.id,
          caseNumber: row.case_number,
          title: row.title,
          form: row.form,
          status: row.status as CooperationStatus,
        },
        lastCounted: status.lastCounted,
        dueSince: status.dueSince,
        ...(latestRecords.has(row.id) ? { latestFollowUpRecord: latestRecords.get(row.id) } : {}),
      };
    }),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.sort_date, last.id]) : null,
    total,
  };
}
