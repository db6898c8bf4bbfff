import {
  answersTemplate,
  checkAnswers,
  cycleYearCompletedBy,
  JOINT_PREPARATION_GROUP_TYPE,
  mayHold,
  periodMatchesKind,
} from '../../../shared/followup/follow-up-record.rules';
import type {
  AgreementStrategicFollowUpView,
  CooperationFollowUpsView,
  CreateFollowUpRecordInput,
  FollowUpPlanContext,
  FollowUpRecordView,
  UpdateFollowUpRecordInput,
} from '../../../shared/followup/follow-up-record.schemas';
import type { Db } from '../../db/database';
import type { FollowUpRecordRow } from '../../db/schema-follow-ups';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { completeFollowUpTaskByRecordIn } from '../governance/cycle-follow-up';
import {
  findAgreementRef,
  findCooperationRef,
  findLatestRecord,
  findLinkedBodies,
  findMeetingRef,
  findRecordById,
  findRecordsOfCooperation,
  findSameRecord,
  insertRecord,
  replaceAnswers,
  setCycleTask,
  updateRecordIfVersion,
} from './follow-up-record.repository';
import { findKeeperTemplatesOfCooperation, findQuestions, findTemplateVersion } from './follow-up-template.repository';
import { loadTemplateView } from './follow-up-template.service';
import { loadPlanContext, loadRecordView, toSummary } from './follow-up-record.views';

/** A 400 naming the field; the rule a message enforces is added by the error handler (problem-messages.ts). */
const invalid = (path: string, message: string): never => {
  throw new DomainError('validation_failed', { errors: [{ path, message }] });
};

/** The template version a cluster of this cooperation answers now: the current one of the agreement's joint beredningsgrupp (AGR-5). */
async function currentTemplateVersion(db: Db, cooperationId: string): Promise<{ id: string } | undefined> {
  const keepers = await findKeeperTemplatesOfCooperation(db, cooperationId, JOINT_PREPARATION_GROUP_TYPE);
  const keeper = keepers.find((k) => k.template_id && (k.current_version ?? 0) > 0);
  if (!keeper?.template_id || !keeper.current_version) return undefined;
  return findTemplateVersion(db, keeper.template_id, keeper.current_version);
}

/** Checks the answers against the questions of the template version (AGR-5); 400 naming the cell otherwise. */
async function checkRoutineAnswers(db: Db, templateVersionId: string, answers: CreateFollowUpRecordInput['answers']): Promise<void> {
  const questions = await findQuestions(db, templateVersionId);
  const result = checkAnswers(
    questions.map((q) => q.id),
    answers ?? [],
  );
  const errors: FieldError[] = result.invalid.map((i) => ({ path: `answers.${i}.questionId`, message: 'validation.followUp.answer' }));
  if (result.missing) errors.push({ path: 'answers', message: 'validation.followUp.answers' });
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}

const audited = (r: FollowUpRecordRow) => ({
  meetingId: r.meeting_id,
  heldOn: r.held_on,
  participants: r.participants,
  results: r.results,
  deviations: r.deviations,
  conclusion: r.conclusion,
});

/** A cooperation's follow-ups with the bodies that may hold them and the routine template its clusters answer (AGR-5, IOP-7). */
export async function listCooperationFollowUps(db: Db, ctx: RequestContext, cooperationId: string): Promise<CooperationFollowUpsView> {
  assertPermitted(ctx.actor, 'follow-ups.read');
  found(await findCooperationRef(db, cooperationId));
  const [records, bodies, keepers] = await Promise.all([
    findRecordsOfCooperation(db, cooperationId),
    findLinkedBodies(db, cooperationId),
    findKeeperTemplatesOfCooperation(db, cooperationId, JOINT_PREPARATION_GROUP_TYPE),
  ]);
  const keeper = keepers.find((k) => (k.current_version ?? 0) > 0) ?? keepers[0];
  return {
    cooperationId,
    items: records.map(toSummary),
    bodies: bodies.filter((b) => b.status === 'active').map((b) => ({ id: b.id, name: b.name, type: b.type })),
    template: keeper ? await loadTemplateView(db, ctx, keeper.body_id) : null,
  };
}

/** One follow-up with its answers and the plan of its year. */
export async function getFollowUpRecord(db: Db, ctx: RequestContext, id: string): Promise<FollowUpRecordView> {
  assertPermitted(ctx.actor, 'follow-ups.read');
  return loadRecordView(db, id);
}

/** The activity plan of a year and its indicators, as context for a follow-up form. */
export async function getFollowUpPlanContext(db: Db, ctx: RequestContext, cooperationId: string, year: number): Promise<FollowUpPlanContext> {
  assertPermitted(ctx.actor, 'follow-ups.read');
  found(await findCooperationRef(db, cooperationId));
  return loadPlanContext(db, cooperationId, year);
}

/**
 * Records a follow-up of a cooperation (AGR-5, IOP-7). The period must fit the kind, the body must
 * govern the cooperation and hold that kind, a meeting must be the body's. One record per
 * cooperation, kind and period (per cluster for the routine follow-up): a second is a 409. A
 * cluster's routine follow-up answers every question of the current template version and keeps
 * that version. The IOP steering group's yearly follow-up completes the spring follow-up task of
 * the next cycle year in the same transaction.
 */
export async function recordFollowUp(db: Db, ctx: RequestContext, cooperationId: string, input: CreateFollowUpRecordInput): Promise<FollowUpRecordView> {
  assertPermitted(ctx.actor, 'follow-ups.write');
  return db.transaction().execute(async (trx) => {
    const cooperation = found(await findCooperationRef(trx, cooperationId));
    if (!periodMatchesKind(input.kind, input.period)) invalid('period', input.kind === 'iop_yearly' ? 'validation.followUp.iopPeriod' : 'validation.followUp.periodKind');
    if (input.kind === 'iop_yearly' && cooperation.form !== 'iop') invalid('kind', 'validation.followUp.iopOnly');
    const body = (await findLinkedBodies(trx, cooperationId)).find((b) => b.id === input.bodyId);
    if (!body || !mayHold(input.kind, body.type)) invalid('bodyId', 'validation.followUp.body');
    if (body?.status === 'closed') throw new DomainError('governance_body_closed');
    if (input.meetingId) {
      const meeting = await findMeetingRef(trx, input.meetingId);
      if (!meeting || meeting.body_id !== input.bodyId) invalid('meetingId', 'validation.followUp.meeting');
    }
    let templateVersionId: string | null = null;
    if (answersTemplate(input.kind)) {
      const current = await currentTemplateVersion(trx, cooperationId);
      if (!current) invalid('answers', 'validation.followUp.noTemplate');
      templateVersionId = current?.id ?? null;
      await checkRoutineAnswers(trx, templateVersionId ?? '', input.answers);
    } else if (input.answers && input.answers.length > 0) {
      invalid('answers', 'validation.followUp.answersNotExpected');
    }
    if (await findSameRecord(trx, cooperationId, input.kind, input.period, input.bodyId)) {
      throw new DomainError('follow_up_exists', { extra: { kind: input.kind, period: input.period } });
    }
    const inserted = await insertRecord(trx, {
      cooperation_id: cooperationId,
      kind: input.kind,
      period: input.period,
      body_id: input.bodyId,
      meeting_id: input.meetingId ?? null,
      held_on: input.heldOn,
      participants: input.participants,
      results: input.results ?? null,
      deviations: input.deviations ?? null,
      conclusion: input.conclusion,
      template_version_id: templateVersionId,
      recorded_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (!inserted) throw new DomainError('follow_up_exists', { extra: { kind: input.kind, period: input.period } });
    const id = inserted;
    if (templateVersionId) await replaceAnswers(trx, id, input.answers ?? []);
    let cycleTaskId: string | null = null;
    if (input.kind === 'iop_yearly') {
      cycleTaskId = await completeFollowUpTaskByRecordIn(trx, ctx, {
        bodyId: input.bodyId,
        cycleYear: cycleYearCompletedBy(input.period),
        recordId: id,
        note: input.conclusion,
      });
      if (cycleTaskId) await setCycleTask(trx, id, cycleTaskId);
    }
    const after = found(await findRecordById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'follow-up-record.recorded',
      entityType: 'follow_up_record',
      entityId: id,
      after: audited(after),
      data: { cooperationId, kind: input.kind, period: input.period, bodyId: input.bodyId, templateVersionId, cycleTaskId, answers: input.answers ?? [] },
    });
    return loadRecordView(trx, id);
  });
}

/** Edits a follow-up at the version read (stale → 409); a routine follow-up's answers stay against the version it answered (AGR-5). */
export async function updateFollowUp(db: Db, ctx: RequestContext, id: string, input: UpdateFollowUpRecordInput): Promise<FollowUpRecordView> {
  assertPermitted(ctx.actor, 'follow-ups.write');
  return db.transaction().execute(async (trx) => {
    const before = found(await findRecordById(trx, id, true));
    if (before.version !== input.version) throw new DomainError('version_conflict');
    if (input.meetingId) {
      const meeting = await findMeetingRef(trx, input.meetingId);
      if (!meeting || meeting.body_id !== before.body_id) invalid('meetingId', 'validation.followUp.meeting');
    }
    if (input.answers !== undefined) {
      if (!before.template_version_id) {
        if (input.answers.length > 0) invalid('answers', 'validation.followUp.answersNotExpected');
      } else {
        await checkRoutineAnswers(trx, before.template_version_id, input.answers);
      }
    }
    const changed = await updateRecordIfVersion(trx, id, input.version, {
      ...(input.meetingId !== undefined ? { meeting_id: input.meetingId } : {}),
      ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
      ...(input.participants !== undefined ? { participants: input.participants } : {}),
      ...(input.results !== undefined ? { results: input.results } : {}),
      ...(input.deviations !== undefined ? { deviations: input.deviations } : {}),
      ...(input.conclusion !== undefined ? { conclusion: input.conclusion } : {}),
    });
    if (!changed) throw new DomainError('version_conflict');
    if (input.answers !== undefined && before.template_version_id) await replaceAnswers(trx, id, input.answers);
    const after = found(await findRecordById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'follow-up-record.updated',
      entityType: 'follow_up_record',
      entityId: id,
      before: audited(before),
      after: audited(after),
      data: { cooperationId: before.cooperation_id, kind: before.kind, period: before.period, ...(input.answers ? { answers: input.answers } : {}) },
    });
    return loadRecordView(trx, id);
  });
}

/** The latest strategic follow-up of the agreement's cooperation: the basis for its revision, prepared by the joint beredningsgrupp (AGR-5). */
export async function getAgreementStrategicFollowUp(db: Db, ctx: RequestContext, agreementId: string): Promise<AgreementStrategicFollowUpView> {
  assertPermitted(ctx.actor, 'follow-ups.read');
  const agreement = found(await findAgreementRef(db, agreementId));
  const latest = await findLatestRecord(db, agreement.cooperation_id, 'strategic_yearly');
  return { agreementId, cooperationId: agreement.cooperation_id, record: latest ? toSummary(latest) : null };
}
