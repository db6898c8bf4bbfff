import { cycleTasksOf, hasAnnualCycle } from '../../../shared/governance/cycle.rules';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findCycleTaskOfKindForUpdate } from './cycle-follow-up.repository';
import { findLinkedForms, insertMissingCycleTasks, updateCycleTaskIfVersion } from './cycle.repository';
import { findBodyById } from './governance.repository';

/**
 * Completes a steering group's spring follow-up task of a cycle year by the yearly follow-up
 * record just recorded (IOP-7), inside the caller's transaction, so the record and the task
 * commit or roll back together. The task gets the record's conclusion as its note. Returns the
 * task's id, or null when the body keeps no annual cycle or the task was already done.
 */
export async function completeFollowUpTaskByRecordIn(
  trx: Db,
  ctx: RequestContext,
  input: { bodyId: string; cycleYear: number; recordId: string; note: string },
): Promise<string | null> {
  const body = await findBodyById(trx, input.bodyId, ctx.today);
  if (!body || body.status !== 'active' || !hasAnnualCycle(body, await findLinkedForms(trx, body.id))) return null;
  await insertMissingCycleTasks(trx, body.id, cycleTasksOf(input.cycleYear));
  const task = await findCycleTaskOfKindForUpdate(trx, body.id, input.cycleYear, 'follow_up');
  if (!task || task.done_at) return null;
  const doneAt = new Date();
  const doneBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  if (!(await updateCycleTaskIfVersion(trx, task.id, task.version, { done_at: doneAt, done_by: doneBy, note: input.note }))) {
    throw new DomainError('version_conflict');
  }
  await recordAudit(trx, ctx, {
    action: 'governance-cycle-task.completed',
    entityType: 'governance_cycle_task',
    entityId: task.id,
    before: { doneAt: null, doneBy: null, note: task.note, annexId: null, annexVersion: null },
    after: { doneAt: doneAt.toISOString(), doneBy, note: input.note, annexId: null, annexVersion: null },
    data: { bodyId: body.id, cycleYear: input.cycleYear, kind: 'follow_up', followUpRecordId: input.recordId },
  });
  return task.id;
}
