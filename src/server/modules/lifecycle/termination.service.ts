import type { Readable } from 'node:stream';
import type { CooperationStatus } from '../../../shared/cooperations/forms';
import type {
  CooperationTerminationView,
  CreateTerminationInput,
  EvidenceFileView,
  WithdrawNoticeInput,
} from '../../../shared/lifecycle/lifecycle.schemas';
import { applicableNoticeMonths, isNoticeDue, isTerminable, terminationEffectiveOn } from '../../../shared/lifecycle/termination.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findAgreementNoticeMonths } from '../agreements/agreement.repository';
import { findCooperationById, lockCooperation } from '../cooperations/cooperation.repository';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import type { NotifyOptions } from '../notifications/notify';
import { toTerminationView } from './lifecycle.views';
import { auditedTermination, effectTermination } from './termination-end.service';
import {
  findFileOwner,
  findOpenTermination,
  findTermination,
  findTerminationRow,
  findTerminations,
  insertTermination,
  isEvidenceFileUsed,
  markTerminationWithdrawn,
} from './termination.repository';

const userOf = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message }] });

/** A cooperation's termination in force, every earlier one, and the notice period its agreements give. */
async function loadTermination(db: Db, cooperationId: string): Promise<CooperationTerminationView> {
  const cooperation = found(await findCooperationById(db, cooperationId));
  const rows = await findTerminations(db, cooperationId);
  const current = rows.find((r) => r.withdrawn_at === null);
  return {
    cooperationId,
    cooperationStatus: cooperation.status,
    cooperationVersion: cooperation.version,
    current: current ? toTerminationView(current) : null,
    history: rows.map(toTerminationView),
    agreementNoticeMonths: applicableNoticeMonths(await findAgreementNoticeMonths(db, cooperationId), null),
    terminable: isTerminable(cooperation.status as CooperationStatus) && current === undefined,
  };
}

/** The termination of a cooperation (pending or effected) with its history. */
export async function getTermination(db: Db, ctx: RequestContext, cooperationId: string): Promise<CooperationTerminationView> {
  assertPermitted(ctx.actor, 'cooperations.read');
  return loadTermination(db, cooperationId);
}

/** Refuses a termination of a cooperation that has ended or already has one in force (409). */
async function assertTerminable(db: Db, cooperationId: string, status: string): Promise<void> {
  if (!isTerminable(status as CooperationStatus)) throw new DomainError('cooperation_ended');
  const open = await findOpenTermination(db, cooperationId);
  if (open) throw new DomainError('termination_pending', { extra: { terminationId: open.id, effectiveOn: open.effective_on } });
}

/** An evidence file must be one the actor uploaded for this purpose and not already evidence elsewhere. */
async function assertEvidenceFile(db: Db, ctx: RequestContext, fileId: string): Promise<void> {
  const file = await findFileOwner(db, fileId);
  const user = userOf(ctx);
  if (!file || user === null || file.uploaded_by !== user || (await isEvidenceFileUsed(db, fileId))) throw invalid('evidenceFileId', 'validation.file');
}

/**
 * Ends a cooperation (IOP-5, EMP-3): a rescission ends it at once; a notice records the date the
 * notice period runs out, and the cooperation stays as it is until then (the sweep ends it). A
 * notice whose date has already come ends it at once too. Reason and evidence go to the audit log.
 */
export async function giveTermination(
  db: Db,
  ctx: RequestContext,
  cooperationId: string,
  input: CreateTerminationInput,
  options: NotifyOptions = { publicUrl: '' },
): Promise<CooperationTerminationView> {
  assertPermitted(ctx.actor, 'cooperations.transition');
  if (input.givenOn > ctx.today) throw invalid('givenOn', 'validation.date.notFuture');
  return db.transaction().execute(async (trx) => {
    await lockCooperation(trx, cooperationId);
    const cooperation = found(await findCooperationById(trx, cooperationId));
    if (cooperation.version !== input.version) throw new DomainError('version_conflict');
    // EMP-3: a job partnership is ended by its own responsible manager, who answers for the employer.
    if (cooperation.form === 'job_partnership' && cooperation.responsible_manager_id !== userOf(ctx)) throw new DomainError('not_responsible_manager');
    await assertTerminable(trx, cooperationId, cooperation.status);
    const noticeMonths = applicableNoticeMonths(await findAgreementNoticeMonths(trx, cooperationId), input.noticeMonths);
    if (input.kind === 'notice' && noticeMonths === null) throw invalid('noticeMonths', 'validation.duration');
    if (input.evidenceFileId) await assertEvidenceFile(trx, ctx, input.evidenceFileId);
    const effectiveOn = terminationEffectiveOn(input.kind, input.givenOn, noticeMonths);
    const id = await insertTermination(trx, {
      cooperationId,
      kind: input.kind,
      reason: input.reason,
      evidenceFileId: input.evidenceFileId ?? null,
      evidenceNote: input.evidenceNote || null,
      givenOn: input.givenOn,
      effectiveOn,
      effectedAt: null,
      createdBy: userOf(ctx),
    });
    const termination = found(await findTerminationRow(trx, id));
    if (input.kind === 'rescission' || isNoticeDue(effectiveOn, ctx.today)) {
      await effectTermination(trx, ctx, termination, options);
    } else {
      await recordAudit(trx, ctx, {
        action: 'cooperation.notice_given',
        entityType: 'cooperation',
        entityId: cooperationId,
        data: { ...(await auditedTermination(trx, termination)), noticeMonths },
      });
    }
    return loadTermination(trx, cooperationId);
  });
}

/** Withdraws a pending notice before its date; the notice stays on record as withdrawn. */
export async function withdrawNotice(db: Db, ctx: RequestContext, cooperationId: string, input: WithdrawNoticeInput): Promise<CooperationTerminationView> {
  assertPermitted(ctx.actor, 'cooperations.transition');
  return db.transaction().execute(async (trx) => {
    await lockCooperation(trx, cooperationId);
    const cooperation = found(await findCooperationById(trx, cooperationId));
    if (cooperation.version !== input.version) throw new DomainError('version_conflict');
    const open = await findOpenTermination(trx, cooperationId);
    if (!open || open.effected_at !== null) throw new DomainError('no_pending_notice');
    await markTerminationWithdrawn(trx, open.id, new Date());
    await recordAudit(trx, ctx, {
      action: 'cooperation.notice_withdrawn',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { terminationId: open.id, effectiveOn: open.effective_on, withdrawalReason: input.reason },
    });
    return loadTermination(trx, cooperationId);
  });
}

/** Stores a file as evidence for a coming termination of the cooperation; the termination then names it. */
export async function uploadTerminationEvidence(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  cooperationId: string,
  upload: { bytes: Buffer; originalName: string },
): Promise<EvidenceFileView> {
  assertPermitted(ctx.actor, 'cooperations.transition');
  const cooperation = found(await findCooperationById(db, cooperationId));
  await assertTerminable(db, cooperationId, cooperation.status);
  const checked = await checkUpload(upload);
  const file: FileView = await saveCheckedUpload(db, ctx, storage, checked);
  return { id: file.id, originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}

/** The evidence file of one of a cooperation's terminations, for download. */
export async function openTerminationEvidence(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  cooperationId: string,
  terminationId: string,
): Promise<{ file: FileView; stream: Readable }> {
  assertPermitted(ctx.actor, 'cooperations.read');
  const termination = found(await findTermination(db, cooperationId, terminationId));
  return getFileForDownload(db, storage, found(termination.evidence_file_id));
}
