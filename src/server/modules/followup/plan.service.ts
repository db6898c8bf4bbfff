import { chooseSteeringBody, isContentEditable, proposalProblems } from '../../../shared/followup/plan.rules';
import type {
  AgendaGoalList,
  AssessIndicatorInput,
  CreatePlanInput,
  PlanList,
  PlanView,
  ProposePlanInput,
  UpdatePlanInput,
} from '../../../shared/followup/plan.schemas';
import { hasAnnualCycle } from '../../../shared/governance/cycle.rules';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findLinkedForms } from '../governance/cycle.repository';
import { proposeDecisionIn } from '../governance/decision.service';
import type { NotifyOptions } from '../notifications/notify';
import { replacePlanContent } from './plan-content';
import {
  findAgendaGoals,
  findAgreementOfCooperation,
  findCooperationHead,
  findGoals,
  findGoverningBodies,
  findIndicators,
  findPlanById,
  findPlansOfCooperation,
  insertPlan,
  isMemberGoverningCooperation,
  lockPlan,
  planExists,
  type PlanRow,
  updateIndicator,
  updatePlanIfVersion,
} from './plan.repository';
import { toPlanListItem, toPlanView } from './plan.views';

/**
 * Throws unless the caller may read the cooperation's plans: staff read every plan; a steering
 * member who holds no staff role reads only the plans of cooperations governed by a body they sit
 * on, and any other cooperation answers 404 like an unknown one.
 */
async function assertCanReadCooperation(db: Db, ctx: RequestContext, cooperationId: string): Promise<void> {
  assertPermitted(ctx.actor, 'plans.read');
  if (!(await findCooperationHead(db, cooperationId))) throw new DomainError('not_found');
  if (ctx.actor.kind !== 'user') return;
  const staffRoles = rolesOf(ctx.actor).filter((r) => r !== 'steering_member');
  if (hasPermission(staffRoles, 'plans.read')) return;
  if (!(await isMemberGoverningCooperation(db, cooperationId, ctx.actor.userId))) throw new DomainError('not_found');
}

const canWrite = (ctx: RequestContext) => ctx.actor.kind === 'system' || hasPermission(rolesOf(ctx.actor), 'plans.write');

async function planView(db: Db, ctx: RequestContext, row: PlanRow): Promise<PlanView> {
  const [cooperation, goals, indicators] = await Promise.all([findCooperationHead(db, row.cooperation_id), findGoals(db, [row.id]), findIndicators(db, [row.id])]);
  return toPlanView(row, found(cooperation), goals, indicators, canWrite(ctx));
}

/** The 17 Agenda 2030 goals, with the five the agreement names marked (AGR-2). */
export async function listAgendaGoals(db: Db, ctx: RequestContext): Promise<AgendaGoalList> {
  assertPermitted(ctx.actor, 'plans.read');
  const rows = await findAgendaGoals(db);
  return { items: rows.map((r) => ({ number: r.number, nameSv: r.name_sv, nameEn: r.name_en, namedInAgreement: r.named_in_agreement })) };
}

/** A cooperation's activity plans, the latest year first (AGR-2). */
export async function listPlans(db: Db, ctx: RequestContext, cooperationId: string): Promise<PlanList> {
  await assertCanReadCooperation(db, ctx, cooperationId);
  const rows = await findPlansOfCooperation(db, cooperationId);
  const ids = rows.map((r) => r.id);
  const [goals, indicators] = await Promise.all([findGoals(db, ids), findIndicators(db, ids)]);
  return { items: rows.map((r) => toPlanListItem(r, goals.filter((g) => g.plan_id === r.id).length, indicators.filter((i) => i.plan_id === r.id).length)) };
}

/** One plan with its goals and indicators (AGR-2). */
export async function getPlan(db: Db, ctx: RequestContext, id: string): Promise<PlanView> {
  assertPermitted(ctx.actor, 'plans.read');
  const row = found(await findPlanById(db, id));
  await assertCanReadCooperation(db, ctx, row.cooperation_id);
  return planView(db, ctx, row);
}

/** Starts a cooperation's plan for a year as a draft; a cooperation has one plan per year (AGR-2, IOP-7). */
export async function createPlan(db: Db, ctx: RequestContext, cooperationId: string, input: CreatePlanInput): Promise<PlanView> {
  assertPermitted(ctx.actor, 'plans.write');
  return db.transaction().execute(async (trx) => {
    found(await findCooperationHead(trx, cooperationId));
    if (await planExists(trx, cooperationId, input.year)) throw new DomainError('plan_exists', { extra: { year: input.year } });
    const id = await insertPlan(trx, {
      cooperation_id: cooperationId,
      year: input.year,
      period_kind: input.periodKind,
      summary: input.summary ?? null,
      created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: 'activity-plan.created',
      entityType: 'activity_plan',
      entityId: id,
      after: { cooperationId, year: input.year, periodKind: input.periodKind, summary: input.summary ?? null, status: 'draft' },
    });
    return planView(trx, ctx, found(await findPlanById(trx, id)));
  });
}

/** Locks a plan and checks the version the writer read (stale → 409). */
async function lockAtVersion(trx: Db, id: string, version: number) {
  const plan = found(await lockPlan(trx, id));
  if (plan.version !== version) throw new DomainError('version_conflict');
  return plan;
}

/**
 * Changes a draft's period kind, summary and goals with their indicators at the version read
 * (AGR-2). A proposed or adopted plan is locked (409): it changes only through a new decision.
 */
export async function updatePlan(db: Db, ctx: RequestContext, id: string, input: UpdatePlanInput): Promise<PlanView> {
  assertPermitted(ctx.actor, 'plans.write');
  return db.transaction().execute(async (trx) => {
    const plan = await lockAtVersion(trx, id, input.version);
    if (!isContentEditable(plan.status)) throw new DomainError('plan_locked', { extra: { planStatus: plan.status } });
    const before = found(await findPlanById(trx, id));
    const counts = input.goals ? await replacePlanContent(trx, id, input.goals) : undefined;
    const changes = { period_kind: input.periodKind ?? before.period_kind, summary: input.summary === undefined ? before.summary : input.summary };
    if (!(await updatePlanIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'activity-plan.updated',
      entityType: 'activity_plan',
      entityId: id,
      before: { periodKind: before.period_kind, summary: before.summary },
      after: { periodKind: changes.period_kind, summary: changes.summary },
      data: counts ? { goalCount: counts.goals, indicatorCount: counts.indicators } : {},
    });
    return planView(trx, ctx, found(await findPlanById(trx, id)));
  });
}

/**
 * Proposes a draft for adoption as a joint decision of the cooperation's steering body (IOP-6,
 * AGR-2): the decision is created in that body and the plan is locked while the parties vote.
 * With no steering group governing the cooperation there is nobody to adopt it (409); an IOP's
 * steering group annexes the adopted plan to the agreement, so the agreement must exist (409).
 */
export async function proposePlan(db: Db, ctx: RequestContext, id: string, input: ProposePlanInput, options: NotifyOptions): Promise<PlanView> {
  assertPermitted(ctx.actor, 'plans.write');
  return db.transaction().execute(async (trx) => {
    const plan = await lockAtVersion(trx, id, input.version);
    if (!isContentEditable(plan.status)) throw new DomainError('plan_locked', { extra: { planStatus: plan.status } });
    const problems = proposalProblems({ status: plan.status, goalCount: (await findGoals(trx, [id])).length });
    if (problems.length > 0) throw new DomainError('validation_failed', { errors: problems });
    const body = chooseSteeringBody(await findGoverningBodies(trx, plan.cooperation_id));
    if (!body) throw new DomainError('plan_no_steering_body');
    if (hasAnnualCycle(body, await findLinkedForms(trx, body.id)) && !(await findAgreementOfCooperation(trx, plan.cooperation_id))) {
      throw new DomainError('plan_no_agreement');
    }
    const cooperation = found(await findCooperationHead(trx, plan.cooperation_id));
    const decision = await proposeDecisionIn(
      trx,
      ctx,
      body.id,
      { text: `Antagande av verksamhetsplan ${plan.year} för ${cooperation.case_number} ${cooperation.title}`.slice(0, 5_000) },
      options,
    );
    if (!(await updatePlanIfVersion(trx, id, input.version, { status: 'proposed', body_id: body.id, decision_id: decision.id }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'activity-plan.proposed',
      entityType: 'activity_plan',
      entityId: id,
      before: { status: plan.status, decisionId: plan.decision_id },
      after: { status: 'proposed', decisionId: decision.id },
      data: { bodyId: body.id },
    });
    return planView(trx, ctx, found(await findPlanById(trx, id)));
  });
}

/**
 * Records the follow-up assessment of a qualitative indicator — met, partly met or not met, with
 * a motivation (AGR-2, AGR-5) — allowed only once the plan is adopted, at the plan's version.
 */
export async function assessIndicator(db: Db, ctx: RequestContext, planId: string, indicatorId: string, input: AssessIndicatorInput): Promise<PlanView> {
  assertPermitted(ctx.actor, 'plans.write');
  return db.transaction().execute(async (trx) => {
    const plan = await lockAtVersion(trx, planId, input.version);
    const indicator = found((await findIndicators(trx, [planId])).find((i) => i.id === indicatorId));
    if (plan.status !== 'adopted') throw new DomainError('plan_not_adopted');
    if (indicator.kind !== 'qualitative') {
      throw new DomainError('validation_failed', { errors: [{ path: 'assessment', message: 'validation.plan.assessQualitativeOnly' }] });
    }
    await updateIndicator(trx, planId, indicatorId, { assessment: input.assessment, assessment_motivation: input.motivation });
    if (!(await updatePlanIfVersion(trx, planId, input.version, {}))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'activity-plan.assessed',
      entityType: 'activity_plan',
      entityId: planId,
      before: { assessment: indicator.assessment, motivation: indicator.assessment_motivation },
      after: { assessment: input.assessment, motivation: input.motivation },
      data: { indicatorId },
    });
    return planView(trx, ctx, found(await findPlanById(trx, planId)));
  });
}
