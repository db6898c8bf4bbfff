import { associationGrantProblems, GRANT_COMMITTEES } from '../../../shared/initiatives/association-grant.rules';
import {
  agendaKindFor,
  recommendationProblems,
  statusAfterRecommendation,
} from '../../../shared/initiatives/review.rules';
import type {
  RecordedRecommendationView,
  RecordRecommendationInput,
  ReviewQueuePage,
} from '../../../shared/initiatives/review.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findInitiativeOfficerId } from '../notifications/notification-recipients.repository';
import { notify, type NotifyOptions } from '../notifications/notify';
import {
  countReviewQueue,
  findActiveCommittee,
  findAgendaItem,
  findCommitteeName,
  findInitiativeForReview,
  findInitiativeOrganisations,
  findRecommendationById,
  findReviewMeetingById,
  findReviewQueue,
  insertRecommendation,
  setInitiativeStatus,
} from './review.repository';
import { renderReviewMinutesPdf } from './review-minutes.pdf';
import { isRowAwaitingReview, loadMeetingDetail, toRecommendationView, toReviewInitiativeView } from './review.views';

const isKeyset = (v: unknown): v is [string, string] =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  /^[0-9a-f-]{36}$/i.test(v[1]);

/** Initiatives waiting for the review group, oldest first, each with its agenda kind (INI-2, INI-3). */
export async function listReviewQueue(db: Db, ctx: RequestContext, q: { limit: number; cursor?: string | undefined }): Promise<ReviewQueuePage> {
  assertPermitted(ctx.actor, 'initiatives.read');
  const after = q.cursor ? decodeCursor(q.cursor, isKeyset) : undefined;
  const [rows, total] = await Promise.all([findReviewQueue(db, { limit: q.limit, after }), countReviewQueue(db)]);
  const items = rows.slice(0, q.limit);
  const organisations = await findInitiativeOrganisations(db, items.map((i) => i.id));
  const last = items[items.length - 1];
  return {
    items: items.map((row) => ({
      ...toReviewInitiativeView(row, organisations.get(row.id) ?? []),
      agendaKind: agendaKindFor(row.proposed_form, row.asks_association_grant),
      plannedMeetingId: row.planned_meeting_id,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    total,
  };
}

/** Where the recommendation is recorded: at a planned meeting that has the initiative on its agenda. */
async function meetingItemKind(trx: Db, meetingId: string, initiativeId: string): Promise<'consultation' | 'information'> {
  const meeting = await findReviewMeetingById(trx, meetingId, true);
  if (!meeting) throw new DomainError('validation_failed', { errors: [{ path: 'meetingId', message: 'validation.meeting.unknown' }] });
  if (meeting.status === 'held') throw new DomainError('meeting_already_held');
  const item = await findAgendaItem(trx, meetingId, initiativeId);
  if (!item) throw new DomainError('validation_failed', { errors: [{ path: 'meetingId', message: 'validation.meeting.notOnAgenda' }] });
  return item.kind;
}

/**
 * Records the review group's recommendation on an initiative (INI-2): a form (with the judgement
 * that it adds value, FRM-2), not appropriate (INI-5), referred to another committee (INI-4) or
 * more information needed, always justified; the initiative's status follows. Informal
 * cooperations are only reported (INI-3) and get no recommendation: 409 `transition_not_allowed`
 * with reason `information_item`. An initiative that asks for an association grant may only be
 * referred to a committee that handles grants: 409 `association_grant_referral_only` (INI-4).
 * The initiative's officer is notified in the same transaction.
 */
export async function recordRecommendation(
  db: Db,
  ctx: RequestContext,
  initiativeId: string,
  input: RecordRecommendationInput,
  options: NotifyOptions,
): Promise<RecordedRecommendationView> {
  assertPermitted(ctx.actor, 'review.manage');
  const actor = ctx.actor;
  // A recommendation is signed by a person (recorded_by is a user), never by an integration.
  if (actor.kind !== 'user') throw new DomainError('forbidden');
  const problems = recommendationProblems(input);
  if (problems.length > 0) throw new DomainError('validation_failed', { errors: problems });
  return db.transaction().execute(async (trx) => {
    const initiative = found(await findInitiativeForReview(trx, initiativeId));
    if (input.referredTo && !(await findActiveCommittee(trx, input.referredTo))) {
      throw new DomainError('validation_failed', { errors: [{ path: 'referredTo', message: 'validation.committee.unknown' }] });
    }
    if (!isRowAwaitingReview(initiative)) throw new DomainError('transition_not_allowed', { extra: { currentStatus: initiative.status } });
    const grantProblems = associationGrantProblems(initiative.asks_association_grant, input);
    if (grantProblems.length > 0) {
      throw new DomainError('association_grant_referral_only', { errors: grantProblems, extra: { committees: [...GRANT_COMMITTEES] } });
    }
    const meetingId = input.meetingId ?? null;
    const kind = meetingId ? await meetingItemKind(trx, meetingId, initiative.id) : agendaKindFor(initiative.proposed_form, initiative.asks_association_grant);
    if (kind === 'information') {
      throw new DomainError('transition_not_allowed', {
        errors: [{ path: 'outcome', message: 'validation.recommendation.informationItem' }],
        extra: { reason: 'information_item' },
      });
    }
    const status = statusAfterRecommendation(input.outcome);
    const id = await insertRecommendation(trx, {
      initiative_id: initiative.id,
      meeting_id: meetingId,
      outcome: input.outcome,
      recommended_form: input.recommendedForm ?? null,
      referred_to: input.referredTo ?? null,
      justification: input.justification,
      added_value: input.addedValue ? JSON.stringify(input.addedValue) : null,
      recorded_by: actor.userId,
    });
    await setInitiativeStatus(trx, [initiative.id], status);
    await recordAudit(trx, ctx, {
      action: 'initiative.recommended',
      entityType: 'initiative',
      entityId: initiative.id,
      before: { status: initiative.status },
      after: { status },
      data: {
        recommendationId: id,
        outcome: input.outcome,
        recommendedForm: input.recommendedForm ?? null,
        referredTo: input.referredTo ?? null,
        justification: input.justification,
        addedValue: input.addedValue ?? null,
        meetingId,
      },
    });
    await notify(
      trx,
      {
        type: 'initiative_recommended',
        recipients: [await findInitiativeOfficerId(trx, initiative.id)],
        actor,
        summary: initiative.title,
        link: `/initiativ/${initiative.id}`,
      },
      options,
    );
    return {
      recommendation: toRecommendationView(found(await findRecommendationById(trx, id))),
      initiative: { id: initiative.id, status, version: initiative.version + 1 },
    };
  });
}

/** The minutes of a review-group meeting as a PDF (INI-2, INI-3); a planned meeting's are a draft. */
export async function exportReviewMinutes(db: Db, ctx: RequestContext, meetingId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  assertPermitted(ctx.actor, 'initiatives.read');
  const meeting = await loadMeetingDetail(db, meetingId);
  const committeeName = (await findCommitteeName(db, 'sv')) ?? '';
  const bytes = await renderReviewMinutesPdf({ committeeName, meeting });
  return { fileName: `Protokoll beredningsgruppen ${meeting.meetingDate}.pdf`, bytes };
}
