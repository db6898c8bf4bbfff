import type { Transaction } from 'kysely';
import { cycleYearOfPlan, planAnnexText, planStatusAfterDecision } from '../../../shared/followup/plan.rules';
import { cycleTasksOf, hasAnnualCycle, planAnnexTitle } from '../../../shared/governance/cycle.rules';
import type { DecisionStatus } from '../../../shared/governance/decision.rules';
import type { Database } from '../../db/schema';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { addAnnexVersionIn, createAnnexIn } from '../agreements/annex.service';
import { recordAudit } from '../audit/audit.service';
import { findAnnexByTitle, findCycleTaskById, findCycleTasks, findLinkedForms, insertMissingCycleTasks, updateCycleTaskIfVersion } from '../governance/cycle.repository';
import { findBodyById } from '../governance/governance.repository';
import { findAgendaGoals, findAgreementOfCooperation, findCooperationHead, findGoals, findIndicators, lockPlanOfDecision, updatePlanIfVersion } from './plan.repository';

type Trx = Transaction<Database>;
type AdoptedPlan = { id: string; cooperation_id: string; year: number };

/** The generated annex text of a plan, from its stored goals and indicators (AGR-2). */
async function annexTextOf(trx: Trx, plan: AdoptedPlan & { period_kind: 'semester' | 'year'; summary: string | null }): Promise<string> {
  const [cooperation, goals, indicators, agenda] = await Promise.all([
    findCooperationHead(trx, plan.cooperation_id),
    findGoals(trx, [plan.id]),
    findIndicators(trx, [plan.id]),
    findAgendaGoals(trx),
  ]);
  const agendaName = new Map(agenda.map((a) => [a.number, a.name_sv]));
  return planAnnexText({
    year: plan.year,
    periodKind: plan.period_kind,
    summary: plan.summary,
    cooperation: { caseNumber: found(cooperation).case_number, title: found(cooperation).title },
    goals: goals.map((g) => ({
      title: g.title,
      description: g.description,
      agendaGoal: g.agenda_goal === null ? null : { number: g.agenda_goal, name: agendaName.get(g.agenda_goal) ?? '' },
      indicators: indicators
        .filter((i) => i.goal_id === g.id)
        .map((i) => ({ name: i.name, kind: i.kind, unit: i.unit, baseline: i.baseline, target: i.target, direction: i.direction, expectedResult: i.expected_result })),
    })),
  });
}

/**
 * Annexes an adopted plan to the cooperation's agreement as a new version of the year's annex and
 * completes the steering group's autumn plan task for the year before the plan's year (IOP-7) —
 * for steering groups that keep the annual cycle. The annex is written by the joint decision, not
 * by whoever cast the last vote, so it is recorded with the system as actor in the same request.
 */
async function annexAdoptedPlan(trx: Trx, ctx: RequestContext, plan: AdoptedPlan, bodyId: string, decisionId: string, text: string) {
  const body = found(await findBodyById(trx, bodyId, ctx.today));
  if (!hasAnnualCycle(body, await findLinkedForms(trx, bodyId))) return null;
  const agreement = await findAgreementOfCooperation(trx, plan.cooperation_id);
  if (!agreement) return null;
  const cycleYear = cycleYearOfPlan(plan.year);
  const byDecision: RequestContext = { ...ctx, actor: { kind: 'system', label: `governance-decision:${decisionId}` } };
  const title = planAnnexTitle(cycleYear);
  const annexId = (await findAnnexByTitle(trx, agreement.id, title))?.id ?? (await createAnnexIn(trx, byDecision, agreement.id, { title })).id;
  const view = await addAnnexVersionIn(trx, byDecision, annexId, {
    decisionReference: `${body.name}, gemensamt beslut ${ctx.today}`.slice(0, 200),
    decidedOn: ctx.today,
    text,
  });
  const annex = { id: annexId, version: Math.max(...view.versions.map((v) => v.number)) };
  if (body.status === 'active') await insertMissingCycleTasks(trx, bodyId, cycleTasksOf(cycleYear));
  const task = (await findCycleTasks(trx, bodyId, cycleYear)).find((t) => t.kind === 'plan_next_year' && t.done_at === null);
  if (task) {
    const note = `Verksamhetsplan ${plan.year} antagen genom gemensamt beslut`;
    const changes = { done_at: new Date(), done_by: null, note, annex_id: annex.id, annex_version: annex.version };
    if (!(await updateCycleTaskIfVersion(trx, task.id, task.version, changes))) throw new DomainError('version_conflict');
    const after = found(await findCycleTaskById(trx, task.id));
    await recordAudit(trx, ctx, {
      action: 'governance-cycle-task.completed',
      entityType: 'governance_cycle_task',
      entityId: task.id,
      before: { doneAt: null, doneBy: null, note: task.note, annexId: task.annex_id, annexVersion: task.annex_version },
      after: { doneAt: after.done_at?.toISOString() ?? null, doneBy: null, note, annexId: annex.id, annexVersion: annex.version },
      data: { bodyId, cycleYear, kind: task.kind, planId: plan.id, decisionId },
    });
  }
  return { annexId: annex.id, annexVersion: annex.version, agreementId: agreement.id, cycleTaskId: task?.id ?? null };
}

/**
 * What a settled joint decision does to the plan it was proposed for (IOP-6, IOP-7), inside the
 * transaction that settled it: decided adopts the plan and annexes it (see `annexAdoptedPlan`),
 * rejected sends it back to draft. Decisions that no plan waits for are left alone.
 */
export async function settlePlanOfDecisionIn(trx: Trx, ctx: RequestContext, decisionId: string, status: DecisionStatus): Promise<void> {
  const locked = await lockPlanOfDecision(trx, decisionId);
  if (!locked || locked.status !== 'proposed') return;
  const next = planStatusAfterDecision(status);
  if (next === 'proposed') return;
  if (next === 'draft') {
    if (!(await updatePlanIfVersion(trx, locked.id, locked.version, { status: 'draft' }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'activity-plan.returned',
      entityType: 'activity_plan',
      entityId: locked.id,
      before: { status: 'proposed' },
      after: { status: 'draft' },
      data: { decisionId },
    });
    return;
  }
  const adoptedAt = new Date();
  if (!(await updatePlanIfVersion(trx, locked.id, locked.version, { status: 'adopted', adopted_at: adoptedAt }))) throw new DomainError('version_conflict');
  const annex = locked.body_id ? await annexAdoptedPlan(trx, ctx, locked, locked.body_id, decisionId, await annexTextOf(trx, locked)) : null;
  await recordAudit(trx, ctx, {
    action: 'activity-plan.adopted',
    entityType: 'activity_plan',
    entityId: locked.id,
    before: { status: 'proposed', adoptedAt: null },
    after: { status: 'adopted', adoptedAt: adoptedAt.toISOString() },
    data: { decisionId, ...(annex ?? {}) },
  });
}
