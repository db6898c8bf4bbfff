import { cycleTasksOf, cycleTaskStatus, hasAnnualCycle } from '../../../shared/governance/cycle.rules';
import type { BodyCycleView, CompleteCycleTaskInput, CycleTaskView } from '../../../shared/governance/cycle.schemas';
import type { Db } from '../../db/database';
import type { GovernanceCycleTaskRow } from '../../db/schema-governance-structure';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  type CycleTaskWithRefs,
  findCycleTaskById,
  findCycleTasks,
  findCycleTaskWithRefs,
  findLinkedForms,
  findLinkedIopAgreement,
  insertMissingCycleTasks,
  updateCycleTaskIfVersion,
} from './cycle.repository';
import { assertCanReadBody } from './governance-access';
import { findBodyById } from './governance.repository';

/** A task as shown on its body, with its status judged as of today (IOP-7). */
export function toCycleTaskView(t: CycleTaskWithRefs, today: string): CycleTaskView {
  return {
    id: t.id,
    bodyId: t.body_id,
    cycleYear: t.cycle_year,
    kind: t.kind,
    dueOn: t.due_on,
    status: cycleTaskStatus({ dueOn: t.due_on, done: t.done_at !== null }, today),
    doneAt: t.done_at ? t.done_at.toISOString() : null,
    doneBy: t.done_by && t.done_by_name ? { id: t.done_by, name: t.done_by_name } : null,
    note: t.note,
    annex:
      t.annex_id && t.annex_version !== null && t.annex_agreement_id && t.annex_number !== null && t.annex_title
        ? { id: t.annex_id, agreementId: t.annex_agreement_id, number: t.annex_number, title: t.annex_title, version: t.annex_version }
        : null,
    version: t.version,
  };
}

const auditedTask = (t: GovernanceCycleTaskRow) => ({
  doneAt: t.done_at ? t.done_at.toISOString() : null,
  doneBy: t.done_by,
  note: t.note,
  annexId: t.annex_id,
  annexVersion: t.annex_version,
});

/**
 * A steering group's annual cycle for a year (IOP-7). The year's tasks are created the first time
 * anyone looks (an idempotent insert), so every IOP steering group has them without a scheduler;
 * a closed body or one that keeps no cycle gets none, but keeps those it already has.
 */
export async function getBodyCycle(db: Db, ctx: RequestContext, bodyId: string, year: number | undefined): Promise<BodyCycleView> {
  await assertCanReadBody(db, ctx, bodyId);
  const body = found(await findBodyById(db, bodyId, ctx.today));
  const cycleYear = year ?? Number(ctx.today.slice(0, 4));
  const applies = hasAnnualCycle(body, await findLinkedForms(db, bodyId));
  if (applies && body.status === 'active') await insertMissingCycleTasks(db, bodyId, cycleTasksOf(cycleYear));
  const [tasks, agreement] = await Promise.all([findCycleTasks(db, bodyId, cycleYear), applies ? findLinkedIopAgreement(db, bodyId) : undefined]);
  return {
    bodyId,
    year: cycleYear,
    applies,
    agreement: agreement ? { id: agreement.id, title: agreement.title, cooperationId: agreement.cooperation_id, caseNumber: agreement.case_number } : null,
    tasks: tasks.map((t) => toCycleTaskView(t, ctx.today)),
  };
}

function requiredFields(input: CompleteCycleTaskInput, names: 'note'[]): void {
  const errors: FieldError[] = names.filter((n) => input[n] === undefined).map((path) => ({ path, message: 'validation.required' }));
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}

/**
 * Marks the spring follow-up done with a note on goal fulfilment and economic outcome (IOP-7).
 * The autumn plan task is not completed by hand: it is completed when the steering group adopts
 * next year's structured activity plan by joint decision, which also annexes the plan to the IOP
 * agreement (`settlePlanOfDecisionIn` in the follow-up module), so a request for it answers 409.
 */
export async function completeCycleTask(db: Db, ctx: RequestContext, id: string, input: CompleteCycleTaskInput): Promise<CycleTaskView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const before = found(await findCycleTaskById(trx, id, true));
    const body = found(await findBodyById(trx, before.body_id, ctx.today));
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    if (before.kind === 'plan_next_year') throw new DomainError('cycle_task_by_plan', { extra: { planYear: before.cycle_year + 1 } });
    // A task done by someone else meanwhile has a new version, so it is a conflict like any other.
    if (before.version !== input.version || before.done_at) throw new DomainError('version_conflict');
    requiredFields(input, ['note']);
    const changed = await updateCycleTaskIfVersion(trx, id, input.version, {
      done_at: new Date(),
      done_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      note: input.note ?? null,
      annex_id: null,
      annex_version: null,
    });
    if (!changed) throw new DomainError('version_conflict');
    const after = found(await findCycleTaskById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'governance-cycle-task.completed',
      entityType: 'governance_cycle_task',
      entityId: id,
      before: auditedTask(before),
      after: auditedTask(after),
      data: { bodyId: body.id, cycleYear: before.cycle_year, kind: before.kind },
    });
    return toCycleTaskView(found(await findCycleTaskWithRefs(trx, id)), ctx.today);
  });
}
