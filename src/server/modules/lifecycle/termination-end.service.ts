import type { Db } from '../../db/database';
import type { CooperationTerminationRow } from '../../db/schema-lifecycle';
import { found } from '../../http/errors';
import { type RequestContext, systemContext } from '../../http/request-context';
import { isNoticeDue } from '../../../shared/lifecycle/termination.rules';
import { recordAudit } from '../audit/audit.service';
import { findCooperationById, lockCooperation, updateCooperationIfVersion } from '../cooperations/cooperation.repository';
import { terminateAgreementsOf } from '../agreements/agreement.repository';
import type { NotifyOptions } from '../notifications/notify';
import { runTerminationEffects } from './termination-effects';
import { findDueNotices, findFileOwner, findTerminationRow, markTerminationEffected } from './termination.repository';

/** What the audit log keeps of a termination: the reason and the evidence (IOP-5, EMP-3). */
export async function auditedTermination(db: Db, t: CooperationTerminationRow): Promise<Record<string, unknown>> {
  const file = t.evidence_file_id ? await findFileOwner(db, t.evidence_file_id) : undefined;
  return {
    terminationId: t.id,
    kind: t.kind,
    reason: t.reason,
    givenOn: t.given_on,
    effectiveOn: t.effective_on,
    evidenceNote: t.evidence_note,
    evidenceFileId: t.evidence_file_id,
    evidenceFileName: file?.original_name ?? null,
  };
}

/**
 * Ends a cooperation by a termination inside the caller's transaction (the cooperation row is
 * locked by the caller): the cooperation becomes `ended` with the reason, its agreements are
 * terminated, the termination is marked effected, and the audit log keeps reason and evidence;
 * then the effects of the cooperation's form run in the same transaction (termination-effects.ts).
 */
export async function effectTermination(
  trx: Db,
  ctx: RequestContext,
  termination: CooperationTerminationRow,
  options: NotifyOptions = { publicUrl: '' },
): Promise<void> {
  const cooperation = found(await findCooperationById(trx, termination.cooperation_id));
  if (!(await markTerminationEffected(trx, termination.id, new Date()))) return;
  const wasEnded = cooperation.status === 'ended';
  if (!wasEnded) {
    await updateCooperationIfVersion(trx, cooperation.id, cooperation.version, { status: 'ended', ended_reason: termination.reason });
  }
  const agreementIds = await terminateAgreementsOf(trx, cooperation.id);
  for (const agreementId of agreementIds) {
    await recordAudit(trx, ctx, {
      action: 'agreement.terminated',
      entityType: 'agreement',
      entityId: agreementId,
      before: { status: 'in_force' },
      after: { status: 'terminated' },
      data: { cooperationId: cooperation.id, terminationId: termination.id, kind: termination.kind },
    });
  }
  const audited = await auditedTermination(trx, termination);
  await recordAudit(trx, ctx, {
    action: termination.kind === 'rescission' ? 'cooperation.rescinded' : 'cooperation.ended_by_notice',
    entityType: 'cooperation',
    entityId: cooperation.id,
    before: { status: cooperation.status },
    after: wasEnded ? { status: cooperation.status } : { status: 'ended', endedReason: termination.reason },
    data: { ...audited, agreementIds },
  });
  await runTerminationEffects(trx, ctx, {
    cooperation: { id: cooperation.id, caseNumber: cooperation.case_number, title: cooperation.title, form: cooperation.form },
    termination,
    audited,
    options,
  });
}

/**
 * Ends every cooperation whose pending notice has reached its date (IOP-5), each in its own
 * transaction with an audit entry by the system. Running it again ends nothing twice.
 */
export async function endDueTerminations(db: Db, today: string): Promise<number> {
  const ctx = systemContext('termination-sweep', today);
  let ended = 0;
  for (const due of await findDueNotices(db, today)) {
    const done = await db.transaction().execute(async (trx) => {
      await lockCooperation(trx, due.cooperation_id);
      // Read again under the lock: a withdrawal or another sweep may have come first.
      const current = await findTerminationRow(trx, due.id);
      if (!current || current.effected_at || current.withdrawn_at || !isNoticeDue(current.effective_on, today)) return false;
      await effectTermination(trx, ctx, current);
      return true;
    });
    if (done) ended += 1;
  }
  return ended;
}
