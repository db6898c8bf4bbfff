import { answeringStep, orderChain, questionTarget, spreadReceivers } from '../../../shared/governance/questions.rules';
import type {
  AnswerQuestionInput,
  BodyQuestionsView,
  QuestionStepView,
  QuestionView,
  RaiseFurtherInput,
  RaiseQuestionInput,
} from '../../../shared/governance/questions.schemas';
import type { Db } from '../../db/database';
import type { GovernanceQuestionRow } from '../../db/schema-governance-questions';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertMayActForBody, mayActForBody } from './body-membership';
import { assertCanReadBody } from './governance-access';
import { findBodyById } from './governance.repository';
import { findDecisionById, findMeetingById } from './meeting.repository';
import {
  findChainSteps,
  findQuestionsOfBody,
  findQuestionWithNames,
  insertQuestion,
  lockQuestion,
  type QuestionWithNames,
  updateOpenQuestionIfVersion,
} from './question.repository';
import { findBodiesBelow } from './spread.repository';

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message }] });
const named = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
const chainKey = (q: GovernanceQuestionRow) => q.origin_id ?? q.id;

function toStep(q: QuestionWithNames): QuestionStepView {
  return {
    id: q.id,
    raisedByBody: { id: q.raised_by_body_id, name: q.raised_by_body_name, type: q.raised_by_body_type },
    raisedToBody: { id: q.raised_to_body_id, name: q.raised_to_body_name, type: q.raised_to_body_type },
    status: q.status,
    unresolvedReason: q.unresolved_reason,
    raisedAt: q.raised_at.toISOString(),
    answer: q.answer,
    answeredAt: q.answered_at ? q.answered_at.toISOString() : null,
  };
}

/** Views of questions, each with its whole chain up the bodies and what the caller may do with it. */
async function toQuestionViews(db: Db, ctx: RequestContext, rows: QuestionWithNames[]): Promise<QuestionView[]> {
  const steps = await findChainSteps(db, [...new Set(rows.map(chainKey))]);
  const targets = new Set(rows.map((r) => r.raised_to_body_id));
  const mayAct = new Map<string, boolean>();
  const hasBodyAbove = new Map<string, boolean>();
  for (const bodyId of targets) {
    mayAct.set(bodyId, await mayActForBody(db, ctx, bodyId));
    hasBodyAbove.set(bodyId, Boolean((await findBodyById(db, bodyId, ctx.today))?.reports_to_id));
  }
  return rows.map((q) => {
    const chain = orderChain(
      steps.filter((s) => chainKey(s) === chainKey(q)).map((s) => ({ ...s, forwardedFromId: s.forwarded_from_id })),
    ).map(toStep);
    const answered = answeringStep(chain);
    return {
      id: q.id,
      raisedByBody: { id: q.raised_by_body_id, name: q.raised_by_body_name, type: q.raised_by_body_type },
      raisedToBody: { id: q.raised_to_body_id, name: q.raised_to_body_name, type: q.raised_to_body_type },
      text: q.text,
      unresolvedReason: q.unresolved_reason,
      meeting: q.meeting_id && q.meeting_date ? { id: q.meeting_id, meetingDate: q.meeting_date } : null,
      status: q.status,
      raisedBy: named(q.raised_by, q.raised_by_name),
      raisedAt: q.raised_at.toISOString(),
      answer: q.answer,
      answerDecision: q.answer_decision_id && q.answer_decision_text ? { id: q.answer_decision_id, text: q.answer_decision_text } : null,
      answeredBy: named(q.answered_by, q.answered_by_name),
      answeredAt: q.answered_at ? q.answered_at.toISOString() : null,
      chain,
      finalAnswer: answered ?? null,
      canAnswer: q.status === 'open' && (mayAct.get(q.raised_to_body_id) ?? false),
      canRaiseFurther: hasBodyAbove.get(q.raised_to_body_id) ?? false,
      version: q.version,
    };
  });
}

async function questionView(db: Db, ctx: RequestContext, id: string): Promise<QuestionView> {
  const [view] = await toQuestionViews(db, ctx, [found(await findQuestionWithNames(db, id))]);
  return found(view);
}

/** A meeting given with a question must be one of the body raising it. */
async function assertMeetingOf(db: Db, bodyId: string, meetingId: string | null | undefined): Promise<void> {
  if (!meetingId) return;
  if ((await findMeetingById(db, meetingId))?.body_id !== bodyId) throw invalid('meetingId', 'validation.meeting.unknown');
}

/** The body above, which must exist and be active to take a question (AGR-8). */
async function bodyAboveOf(db: Db, today: string, body: { reports_to_id: string | null }): Promise<string> {
  const target = questionTarget({ reportsToId: body.reports_to_id });
  if (!target) throw new DomainError('question_no_body_above');
  const above = found(await findBodyById(db, target, today));
  if (above.status === 'closed') throw new DomainError('governance_body_closed');
  return above.id;
}

/** A body's questions: those it raised and those raised to it, each with its chain (AGR-8). */
export async function listBodyQuestions(db: Db, ctx: RequestContext, bodyId: string): Promise<BodyQuestionsView> {
  await assertCanReadBody(db, ctx, bodyId);
  const body = found(await findBodyById(db, bodyId, ctx.today));
  const [raisedBy, raisedTo] = await Promise.all([findQuestionsOfBody(db, bodyId, 'raised_by'), findQuestionsOfBody(db, bodyId, 'raised_to')]);
  const views = await toQuestionViews(db, ctx, [...raisedBy, ...raisedTo]);
  const above = body.reports_to_id ? await findBodyById(db, body.reports_to_id, ctx.today) : undefined;
  return {
    raisedByBody: views.slice(0, raisedBy.length),
    raisedToBody: views.slice(raisedBy.length),
    bodyAbove: above ? { id: above.id, name: above.name, type: above.type } : null,
    canRaise: body.status === 'active' && above?.status === 'active' && (await mayActForBody(db, ctx, bodyId)),
    hasBodiesBelow: spreadReceivers(await findBodiesBelow(db, bodyId), 'descendants').length > 0,
  };
}

/**
 * Raises a question the body cannot solve to the body it reports to (AGR-8: cluster → operative →
 * strategic steering group). A member of the body or a governance writer raises it; the top body
 * has nobody to ask (400).
 */
export async function raiseQuestion(db: Db, ctx: RequestContext, bodyId: string, input: RaiseQuestionInput): Promise<QuestionView> {
  assertPermitted(ctx.actor, 'governance.read');
  const id = await db.transaction().execute(async (trx) => {
    const body = found(await findBodyById(trx, bodyId, ctx.today, true));
    await assertMayActForBody(trx, ctx, bodyId);
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    const aboveId = await bodyAboveOf(trx, ctx.today, body);
    await assertMeetingOf(trx, bodyId, input.meetingId);
    const values = {
      raised_by_body_id: bodyId,
      raised_to_body_id: aboveId,
      text: input.text,
      unresolved_reason: input.unresolvedReason,
      meeting_id: input.meetingId ?? null,
      raised_by: userIdOf(ctx),
    };
    const newId = await insertQuestion(trx, values);
    await recordAudit(trx, ctx, { action: 'governance-question.raised', entityType: 'governance_question', entityId: newId, after: values });
    return newId;
  });
  return questionView(db, ctx, id);
}

/** Locks an open question for the body it was raised to, at the caller's version. */
async function lockForAnswer(trx: Db, ctx: RequestContext, id: string, version: number): Promise<GovernanceQuestionRow> {
  const question = found(await lockQuestion(trx, id));
  await assertMayActForBody(trx, ctx, question.raised_to_body_id, [question.raised_by_body_id]);
  if (question.status !== 'open') throw new DomainError('question_not_open', { extra: { questionStatus: question.status } });
  if (question.version !== version) throw new DomainError('version_conflict');
  return question;
}

/** The body a question was raised to answers it, optionally pointing at one of its own decisions (AGR-8). */
export async function answerQuestion(db: Db, ctx: RequestContext, id: string, input: AnswerQuestionInput): Promise<QuestionView> {
  assertPermitted(ctx.actor, 'governance.read');
  await db.transaction().execute(async (trx) => {
    const question = await lockForAnswer(trx, ctx, id, input.version);
    const decisionId = input.decisionId ?? null;
    if (decisionId && (await findDecisionById(trx, decisionId))?.body_id !== question.raised_to_body_id) {
      throw invalid('decisionId', 'validation.question.decisionOfOtherBody');
    }
    const changes = { status: 'answered' as const, answer: input.answer, answer_decision_id: decisionId, answered_by: userIdOf(ctx), answered_at: new Date() };
    if (!(await updateOpenQuestionIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'governance-question.answered',
      entityType: 'governance_question',
      entityId: id,
      before: { status: question.status },
      after: { status: changes.status, answer: changes.answer, answerDecisionId: decisionId },
    });
  });
  return questionView(db, ctx, id);
}

/**
 * The body a question was raised to cannot solve it either and passes it on to the body above it
 * (AGR-8): a new question of that body, linked to this one, so the whole way up stays visible.
 */
export async function raiseQuestionFurther(db: Db, ctx: RequestContext, id: string, input: RaiseFurtherInput): Promise<QuestionView> {
  assertPermitted(ctx.actor, 'governance.read');
  await db.transaction().execute(async (trx) => {
    const question = await lockForAnswer(trx, ctx, id, input.version);
    const body = found(await findBodyById(trx, question.raised_to_body_id, ctx.today));
    const aboveId = await bodyAboveOf(trx, ctx.today, body);
    await assertMeetingOf(trx, body.id, input.meetingId);
    const values = {
      raised_by_body_id: body.id,
      raised_to_body_id: aboveId,
      text: question.text,
      unresolved_reason: input.unresolvedReason,
      meeting_id: input.meetingId ?? null,
      forwarded_from_id: question.id,
      origin_id: question.origin_id ?? question.id,
      raised_by: userIdOf(ctx),
    };
    const forwardedId = await insertQuestion(trx, values);
    if (!(await updateOpenQuestionIfVersion(trx, id, input.version, { status: 'raised_further' }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'governance-question.raised', entityType: 'governance_question', entityId: forwardedId, after: values });
    await recordAudit(trx, ctx, {
      action: 'governance-question.raised-further',
      entityType: 'governance_question',
      entityId: id,
      before: { status: question.status },
      after: { status: 'raised_further', forwardedToId: forwardedId, raisedToBodyId: aboveId },
    });
  });
  return questionView(db, ctx, id);
}
