import type { CooperationView, TransitionInput } from '../../../shared/cooperations/cooperation.schemas';
import { evaluateGates, unmetGates } from '../../../shared/cooperations/gates.rules';
import { isTransitionAllowed } from '../../../shared/cooperations/lifecycle.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assembleGateFacts } from './cooperation-gates.service';
import { findCooperationById, findPartyIds, lockCooperation, updateCooperationIfVersion } from './cooperation.repository';
import { cooperationViewOf } from './cooperation.service';
import { subjectOf } from './cooperation.views';

/**
 * Moves a cooperation through its lifecycle (DESIGN.md "Lifecycle"): only a step the lifecycle
 * allows, and only when every gate of the cooperation's form holds on today's date; otherwise
 * 409 with the unmet gates. Ending needs a reason. The gate results are kept in the audit log.
 */
export async function transitionCooperation(db: Db, ctx: RequestContext, id: string, input: TransitionInput): Promise<CooperationView> {
  assertPermitted(ctx.actor, 'cooperations.transition');
  if (input.to === 'ended' && !input.reason) {
    throw new DomainError('validation_failed', { errors: [{ path: 'reason', message: 'validation.reason' }] });
  }
  return db.transaction().execute(async (trx) => {
    await lockCooperation(trx, id);
    const current = found(await findCooperationById(trx, id));
    if (current.version !== input.version) throw new DomainError('version_conflict');
    const subject = subjectOf(current);
    if (!isTransitionAllowed(subject.status, input.to)) {
      throw new DomainError('transition_not_allowed', { extra: { from: subject.status, to: input.to } });
    }
    const { facts } = await assembleGateFacts(trx, subject, await findPartyIds(trx, id), ctx.today);
    const gates = evaluateGates(facts, input.to, ctx.today);
    const unmet = unmetGates(gates);
    if (unmet.length > 0) throw new DomainError('gates_unmet', { extra: { from: subject.status, to: input.to, gates: unmet } });
    const changes = input.to === 'ended' ? { status: input.to, ended_reason: input.reason ?? null } : { status: input.to };
    if (!(await updateCooperationIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'cooperation.transitioned',
      entityType: 'cooperation',
      entityId: id,
      before: { status: subject.status },
      after: { status: input.to, ...(input.to === 'ended' ? { endedReason: input.reason } : {}) },
      data: { gates: gates.map((g) => ({ gate: g.gate, met: g.met, requirement: g.requirement })) },
    });
    return cooperationViewOf(trx, found(await findCooperationById(trx, id)), ctx.today);
  });
}
