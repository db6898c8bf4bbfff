import { annualReviewDue, isReviewOnWorklist, type ReviewDue } from '../../../shared/lifecycle/annual-review.rules';
import type {
  AgreementAnnualReviewsView,
  CreateAnnualReviewInput,
  DueReviewItemView,
  DueReviewPage,
  DueReviewQuery,
} from '../../../shared/lifecycle/lifecycle.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor, isDateIdKeyset } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findAgreementsInForce,
  findAnnualReviews,
  findReviewedAgreement,
  insertAnnualReview,
  type ReviewedAgreement,
  reviewMeetingExists,
} from './annual-review.repository';
import { toAnnualReviewView } from './lifecycle.views';

const RUNNING = ['active', 'under_review'];

/** When the agreement's next yearly review is due (IOP-8): only a signed agreement of a running cooperation owes one. */
function dueOf(a: ReviewedAgreement, today: string): ReviewDue {
  const inForce = a.status === 'signed' && RUNNING.includes(a.cooperation_status);
  return annualReviewDue({ startDate: a.start_date, endDate: a.end_date, inForce }, a.reviewed_years, today);
}

async function loadReviews(db: Db, agreement: ReviewedAgreement, today: string): Promise<AgreementAnnualReviewsView> {
  const rows = await findAnnualReviews(db, agreement.id);
  return {
    agreementId: agreement.id,
    agreementTitle: agreement.title,
    cooperationId: agreement.cooperation_id,
    due: dueOf(agreement, today),
    items: rows.map(toAnnualReviewView),
  };
}

/** An agreement's annual reviews, newest first, and when the next yearly one is due (IOP-8, AGR-7). */
export async function listAnnualReviews(db: Db, ctx: RequestContext, agreementId: string): Promise<AgreementAnnualReviewsView> {
  assertPermitted(ctx.actor, 'annual-reviews.read');
  return loadReviews(db, found(await findReviewedAgreement(db, agreementId)), ctx.today);
}

/**
 * Records an annual review (IOP-8, AGR-7): the responsible manager — the manager recording it —
 * reviews with the review group consulted, and states the outcome with reasons. A review can also
 * be prompted by a competitive situation or the need ending. An ended cooperation is not reviewed.
 */
export async function recordAnnualReview(
  db: Db,
  ctx: RequestContext,
  agreementId: string,
  input: CreateAnnualReviewInput,
): Promise<AgreementAnnualReviewsView> {
  assertPermitted(ctx.actor, 'annual-reviews.write');
  if (ctx.actor.kind !== 'user') throw new DomainError('forbidden');
  const managerId = ctx.actor.userId;
  if (input.reviewedOn > ctx.today) throw new DomainError('validation_failed', { errors: [{ path: 'reviewedOn', message: 'validation.date.notFuture' }] });
  if (input.reviewGroupConsultedOn > ctx.today) {
    throw new DomainError('validation_failed', { errors: [{ path: 'reviewGroupConsultedOn', message: 'validation.date.notFuture' }] });
  }
  return db.transaction().execute(async (trx) => {
    const agreement = found(await findReviewedAgreement(trx, agreementId));
    if (agreement.cooperation_status === 'ended') throw new DomainError('cooperation_ended');
    // IOP-8: the review is the responsible manager's; any manager may step in only where none is named.
    if (agreement.responsible_manager_id !== null && agreement.responsible_manager_id !== managerId) throw new DomainError('not_responsible_manager');
    if (input.reviewMeetingId && !(await reviewMeetingExists(trx, input.reviewMeetingId))) {
      throw new DomainError('validation_failed', { errors: [{ path: 'reviewMeetingId', message: 'validation.meeting.unknown' }] });
    }
    const id = await insertAnnualReview(trx, {
      agreementId,
      reviewYear: input.reviewYear,
      trigger: input.trigger,
      reviewedOn: input.reviewedOn,
      responsibleManagerId: managerId,
      reviewGroupConsultedOn: input.reviewGroupConsultedOn,
      reviewMeetingId: input.reviewMeetingId ?? null,
      outcome: input.outcome,
      reasons: input.reasons,
      createdBy: managerId,
    });
    await recordAudit(trx, ctx, {
      action: 'agreement.annual_review_recorded',
      entityType: 'agreement',
      entityId: agreementId,
      after: { ...input, reviewMeetingId: input.reviewMeetingId ?? null, responsibleManagerId: managerId },
      data: { annualReviewId: id, cooperationId: agreement.cooperation_id },
    });
    return loadReviews(trx, found(await findReviewedAgreement(trx, agreementId)), ctx.today);
  });
}

/**
 * The managers' worklist (IOP-8): agreements in force whose yearly review is due or overdue,
 * earliest due date first. The due date is a calendar rule over a short list of agreements in
 * force, so it is computed here and the page is cut by a keyset of due date and agreement id.
 */
export async function listDueReviews(db: Db, ctx: RequestContext, q: DueReviewQuery): Promise<DueReviewPage> {
  assertPermitted(ctx.actor, 'annual-reviews.read');
  const after = q.cursor ? decodeCursor(q.cursor, isDateIdKeyset) : undefined;
  const mine = q.mine === 'true' && ctx.actor.kind === 'user' ? ctx.actor.userId : undefined;
  const agreements = await findAgreementsInForce(db, mine);
  const due: DueReviewItemView[] = [];
  for (const a of agreements) {
    const d = dueOf(a, ctx.today);
    if (!isReviewOnWorklist(d) || d.dueOn === null || d.nextReviewYear === null) continue;
    due.push({
      agreementId: a.id,
      agreementTitle: a.title,
      cooperationId: a.cooperation_id,
      caseNumber: a.case_number,
      cooperationTitle: a.cooperation_title,
      responsibleManager: a.responsible_manager_id ? { id: a.responsible_manager_id, name: a.manager_name ?? '' } : null,
      status: d.status,
      nextReviewYear: d.nextReviewYear,
      dueOn: d.dueOn,
    });
  }
  const key = (i: DueReviewItemView) => `${i.dueOn}|${i.agreementId}`;
  due.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const rest = after ? due.filter((i) => key(i) > `${after[0]}|${after[1]}`) : due;
  const items = rest.slice(0, q.limit);
  const last = items.at(-1);
  return { items, nextCursor: rest.length > q.limit && last ? encodeCursor([last.dueOn, last.agreementId]) : null, total: due.length };
}
