import { agendaKindFor, orderAgenda } from '../../../shared/initiatives/review.rules';
import type {
  AddAgendaItemInput,
  CreateReviewMeetingInput,
  ReviewMeetingDetailView,
  ReviewMeetingPage,
  ReviewMeetingQuery,
  UpdateReviewMeetingInput,
} from '../../../shared/initiatives/review.schemas';
import type { VersionInput } from '../../../shared/users/user.schemas';
import type { Db } from '../../db/database';
import type { ReviewMeetingTable } from '../../db/schema-cooperations';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor, isDateIdKeyset } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  countReviewMeetings,
  findAgendaItem,
  findAgendaItems,
  findInitiativeForReview,
  findReviewMeetingById,
  findReviewMeetings,
  findUnscheduledAwaitingReview,
  insertAgendaItems,
  insertReviewMeeting,
  nextAgendaPosition,
  type ReviewInitiativeRow,
  type ReviewMeetingRow,
  setInitiativeStatus,
  touchReviewMeeting,
  updateReviewMeetingIfVersion,
} from './review.repository';
import { isRowAwaitingReview, loadMeetingDetail, toReviewMeetingView } from './review.views';
import type { Updateable } from 'kysely';

const audited = (m: { meeting_date: string; location: string | null; notes: string | null; status: string }) => ({
  meetingDate: m.meeting_date,
  location: m.location,
  notes: m.notes,
  status: m.status,
});

/** The meeting, locked, if it may still change: a held meeting's agenda and minutes are final. */
async function openMeeting(trx: Db, meetingId: string): Promise<ReviewMeetingRow> {
  const meeting = found(await findReviewMeetingById(trx, meetingId, true));
  if (meeting.status === 'held') throw new DomainError('meeting_already_held');
  return meeting;
}

/** Puts initiatives on the meeting's agenda as in review, each status change in its history. */
async function markInReview(trx: Db, ctx: RequestContext, meetingId: string, initiatives: ReviewInitiativeRow[]): Promise<void> {
  const moving = initiatives.filter((i) => i.status !== 'in_review');
  await setInitiativeStatus(trx, moving.map((i) => i.id), 'in_review');
  for (const i of moving) {
    await recordAudit(trx, ctx, {
      action: 'initiative.review-scheduled',
      entityType: 'initiative',
      entityId: i.id,
      before: { status: i.status },
      after: { status: 'in_review' },
      data: { meetingId },
    });
  }
}

/** The review group's meetings, newest first (INI-2). */
export async function listReviewMeetings(db: Db, ctx: RequestContext, q: ReviewMeetingQuery): Promise<ReviewMeetingPage> {
  assertPermitted(ctx.actor, 'initiatives.read');
  const after = q.cursor ? decodeCursor(q.cursor, isDateIdKeyset) : undefined;
  const [rows, total] = await Promise.all([findReviewMeetings(db, { status: q.status, limit: q.limit, after }), countReviewMeetings(db, q.status)]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toReviewMeetingView),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.meeting_date, last.id]) : null,
    total,
  };
}

/** One meeting with its agenda and the recommendations recorded at it. */
export async function getReviewMeeting(db: Db, ctx: RequestContext, id: string): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'initiatives.read');
  return loadMeetingDetail(db, id);
}

/**
 * Plans a meeting of the review group. With `buildAgenda` every initiative awaiting review that
 * no planned meeting has yet is put on it: formal ones to consult (INI-2), then informal ones to
 * report (INI-3); they are then in review.
 */
export async function createReviewMeeting(db: Db, ctx: RequestContext, input: CreateReviewMeetingInput): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'review.manage');
  return db.transaction().execute(async (trx) => {
    const id = await insertReviewMeeting(trx, {
      meeting_date: input.meetingDate,
      location: input.location ?? null,
      notes: input.notes ?? null,
      created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    const candidates = input.buildAgenda ? await findUnscheduledAwaitingReview(trx) : [];
    const agenda = orderAgenda(
      candidates.map((c) => ({ ...c, proposedForm: c.proposed_form, createdAt: c.created_at.toISOString(), asksAssociationGrant: c.asks_association_grant })),
    );
    await insertAgendaItems(trx, agenda.map((a) => ({ meeting_id: id, initiative_id: a.id, kind: a.kind, position: a.position })));
    await recordAudit(trx, ctx, {
      action: 'review-meeting.created',
      entityType: 'review_meeting',
      entityId: id,
      after: { meetingDate: input.meetingDate, location: input.location ?? null, notes: input.notes ?? null, status: 'planned' },
      data: { agenda: agenda.map((a) => ({ initiativeId: a.id, kind: a.kind, position: a.position })) },
    });
    await markInReview(trx, ctx, id, candidates);
    return loadMeetingDetail(trx, id);
  });
}

/** Changes the date, place or notes of a planned meeting (optimistic concurrency). */
export async function updateReviewMeeting(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateReviewMeetingInput,
): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'review.manage');
  return db.transaction().execute(async (trx) => {
    const before = await openMeeting(trx, id);
    if (before.version !== input.version) throw new DomainError('version_conflict');
    const changes: Updateable<ReviewMeetingTable> = {};
    if (input.meetingDate !== undefined) changes.meeting_date = input.meetingDate;
    if (input.location !== undefined) changes.location = input.location;
    if (input.notes !== undefined) changes.notes = input.notes;
    if (!(await updateReviewMeetingIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    const after = found(await findReviewMeetingById(trx, id));
    await recordAudit(trx, ctx, { action: 'review-meeting.updated', entityType: 'review_meeting', entityId: id, before: audited(before), after: audited(after) });
    return loadMeetingDetail(trx, id);
  });
}

/**
 * Adds an initiative awaiting review to a planned meeting's agenda, consulted or reported as its
 * proposed form decides (INI-2, INI-3). An initiative already on this agenda is refused (409).
 */
export async function addAgendaItem(
  db: Db,
  ctx: RequestContext,
  meetingId: string,
  input: AddAgendaItemInput,
): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'review.manage');
  return db.transaction().execute(async (trx) => {
    await openMeeting(trx, meetingId);
    const initiative = await findInitiativeForReview(trx, input.initiativeId);
    if (!initiative) {
      throw new DomainError('validation_failed', { errors: [{ path: 'initiativeId', message: 'validation.initiative.unknown' }] });
    }
    if (await findAgendaItem(trx, meetingId, initiative.id)) {
      throw new DomainError('transition_not_allowed', {
        errors: [{ path: 'initiativeId', message: 'validation.agenda.duplicate' }],
        extra: { reason: 'already_on_agenda' },
      });
    }
    if (!isRowAwaitingReview(initiative)) throw new DomainError('transition_not_allowed', { extra: { currentStatus: initiative.status } });
    const kind = agendaKindFor(initiative.proposed_form, initiative.asks_association_grant);
    const position = await nextAgendaPosition(trx, meetingId);
    await insertAgendaItems(trx, [{ meeting_id: meetingId, initiative_id: initiative.id, kind, position }]);
    await touchReviewMeeting(trx, meetingId);
    await recordAudit(trx, ctx, {
      action: 'review-meeting.agenda-item.added',
      entityType: 'review_meeting',
      entityId: meetingId,
      data: { initiativeId: initiative.id, kind, position },
    });
    await markInReview(trx, ctx, meetingId, [initiative]);
    return loadMeetingDetail(trx, meetingId);
  });
}

/**
 * Marks a meeting as held; from then on its agenda and recommendations are final. Holding it
 * records that its information items were reported (INI-3): they leave the queue, keeping their
 * status until they become cooperations. Consultation items without a recommendation stay in
 * review for the next meeting.
 */
export async function holdReviewMeeting(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<ReviewMeetingDetailView> {
  assertPermitted(ctx.actor, 'review.manage');
  return db.transaction().execute(async (trx) => {
    const before = await openMeeting(trx, id);
    if (before.version !== input.version) throw new DomainError('version_conflict');
    if (!(await updateReviewMeetingIfVersion(trx, id, input.version, { status: 'held' }))) throw new DomainError('version_conflict');
    const reported = (await findAgendaItems(trx, id)).filter((i) => i.kind === 'information');
    for (const i of reported) {
      await recordAudit(trx, ctx, {
        action: 'initiative.reported',
        entityType: 'initiative',
        entityId: i.id,
        data: { meetingId: id, meetingDate: before.meeting_date },
      });
    }
    await recordAudit(trx, ctx, {
      action: 'review-meeting.held',
      entityType: 'review_meeting',
      entityId: id,
      before: { status: before.status },
      after: { status: 'held' },
      data: { reportedInitiatives: reported.map((i) => i.id) },
    });
    return loadMeetingDetail(trx, id);
  });
}
