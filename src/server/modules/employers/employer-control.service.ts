import type { Readable } from 'node:stream';
import type {
  ControlCheckView,
  EmployerControlsView,
  RecordControlCheckInput,
} from '../../../shared/employers/employer-control.schemas';
import { controlStatuses, programmeInForce, validUntil } from '../../../shared/employers/employer-controls.rules';
import type { EvidenceFileView } from '../../../shared/lifecycle/lifecycle.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import {
  findCheckEvidenceFileId,
  findControlHistory,
  findControlledOrganisation,
  findEvidenceFileUse,
  findLatestReset,
  insertControlCheck,
} from './control-check.repository';
import { readControlProgrammes } from './control-programme.service';

const userOf = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message }] });

/** The organisation, which must be an employer: controls are of employers (EMP-2). */
async function employerOf(db: Db, organisationId: string) {
  const organisation = found(await findControlledOrganisation(db, organisationId));
  if (organisation.kind !== 'employer') throw new DomainError('not_found');
  return organisation;
}

type HistoryRow = Awaited<ReturnType<typeof findControlHistory>>[number];

function toCheckView(row: HistoryRow): ControlCheckView {
  return {
    id: row.id,
    programmeCode: row.programme_code,
    controlCode: row.control_code,
    result: row.result,
    collectiveAgreement: row.collective_agreement,
    evidenceReference: row.evidence_reference,
    evidenceFile: row.evidence_file_id ? { id: row.evidence_file_id, originalName: row.evidence_file_name ?? '' } : null,
    note: row.note,
    checkedOn: row.checked_on,
    validUntil: row.valid_until,
    checkedBy: row.checked_by ? { id: row.checked_by, name: row.checked_by_name ?? '' } : null,
    recordedAt: row.recorded_at,
    counts: !row.voided,
  };
}

/** An employer's controls as they stand today, read inside or outside a transaction. */
async function loadControls(db: Db, organisationId: string, today: string): Promise<EmployerControlsView> {
  const organisation = await employerOf(db, organisationId);
  const [programmes, history, reset] = await Promise.all([readControlProgrammes(db), findControlHistory(db, organisationId), findLatestReset(db, organisationId)]);
  const programme = programmeInForce(programmes, today);
  const counting = history.filter((h) => !h.voided);
  // The rules take the checks oldest first; the history is newest first.
  const recorded = [...counting].reverse().map((h) => ({
    controlCode: h.control_code,
    result: h.result,
    checkedOn: h.checked_on,
    evidence: h.evidence_file_id ?? h.evidence_reference,
  }));
  const statuses = programme ? controlStatuses(programme, recorded, today) : [];
  const codes = new Set(programme?.controls.map((c) => c.code) ?? []);
  const controls = statuses.map((s) => {
    const checks = history.filter((h) => h.control_code === s.control.code).map(toCheckView);
    return {
      code: s.control.code,
      nameSv: s.control.nameSv,
      nameEn: s.control.nameEn,
      recheckMonths: s.control.recheckMonths,
      mayNotApply: s.control.mayNotApply,
      state: s.state,
      validUntil: s.validUntil,
      latest: checks.find((c) => c.counts) ?? null,
      history: checks,
    };
  });
  return {
    organisationId,
    organisationName: organisation.name,
    programme: programme ? { code: programme.code, name: programme.name, validFrom: programme.validFrom } : null,
    allPassed: programme !== null && statuses.every((s) => s.state === 'passed'),
    lastReset: reset ? { resetAt: reset.reset_at, reason: reset.reason, cooperationId: reset.cooperation_id } : null,
    controls,
    otherChecks: history.filter((h) => !codes.has(h.control_code)).map(toCheckView),
  };
}

/** An employer's controls of the programme in force, each with its state, validity and history (EMP-2). */
export async function getEmployerControls(db: Db, ctx: RequestContext, organisationId: string): Promise<EmployerControlsView> {
  assertPermitted(ctx.actor, 'employers.read');
  return loadControls(db, organisationId, ctx.today);
}

/**
 * Records a check of one control of an employer (EMP-2): the control must be one of the programme
 * in force; "not applicable" only where the control allows it; the collective-agreement answer is
 * given for that control and no other; evidence is a file the user uploaded for it, a reference,
 * or both; the day is not in the future. The check holds until the control's interval runs out.
 */
export async function recordControlCheck(db: Db, ctx: RequestContext, organisationId: string, input: RecordControlCheckInput): Promise<EmployerControlsView> {
  assertPermitted(ctx.actor, 'employers.write');
  return db.transaction().execute(async (trx) => {
    await employerOf(trx, organisationId);
    const programme = programmeInForce(await readControlProgrammes(trx), ctx.today);
    const control = programme?.controls.find((c) => c.code === input.controlCode);
    if (!programme || !control) throw invalid('controlCode', 'validation.employerControl.unknown');
    const errors: { path: string; message: string }[] = [];
    if (input.checkedOn > ctx.today) errors.push({ path: 'checkedOn', message: 'validation.date.notFuture' });
    if (input.result === 'not_applicable' && !control.mayNotApply) errors.push({ path: 'result', message: 'validation.employerControl.notApplicable' });
    const answer = input.collectiveAgreement ?? null;
    if (control.code === 'collective_agreement' && answer === null) errors.push({ path: 'collectiveAgreement', message: 'validation.employerControl.collectiveAgreement' });
    if (control.code !== 'collective_agreement' && answer !== null) errors.push({ path: 'collectiveAgreement', message: 'validation.employerControl.collectiveAgreementOnly' });
    const reference = input.evidenceReference ?? null;
    const fileId = input.evidenceFileId ?? null;
    if (!reference && !fileId) errors.push({ path: 'evidenceReference', message: 'validation.employerControl.evidence' });
    let fileName: string | null = null;
    if (fileId) {
      const file = await findEvidenceFileUse(trx, fileId);
      if (!file || file.uploaded_by === null || file.uploaded_by !== userOf(ctx) || file.used) errors.push({ path: 'evidenceFileId', message: 'validation.file' });
      fileName = file?.original_name ?? null;
    }
    if (errors.length > 0) throw new DomainError('validation_failed', { errors });
    const until = validUntil(control, input.checkedOn);
    const id = await insertControlCheck(trx, {
      organisationId,
      programmeCode: programme.code,
      controlCode: control.code,
      result: input.result,
      collectiveAgreement: answer,
      evidenceReference: reference,
      evidenceFileId: fileId,
      note: input.note ?? null,
      checkedOn: input.checkedOn,
      validUntil: until,
      checkedBy: userOf(ctx),
    });
    await recordAudit(trx, ctx, {
      action: 'employer-control.checked',
      entityType: 'organisation',
      entityId: organisationId,
      data: {
        checkId: id,
        programme: programme.code,
        control: control.code,
        result: input.result,
        collectiveAgreement: answer,
        evidenceReference: reference,
        evidenceFileId: fileId,
        evidenceFileName: fileName,
        checkedOn: input.checkedOn,
        validUntil: until,
      },
    });
    return loadControls(trx, organisationId, ctx.today);
  });
}

/** Stores a file as evidence for a coming check of the employer's controls; the check then names it. */
export async function uploadControlEvidence(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  organisationId: string,
  upload: { bytes: Buffer; originalName: string },
): Promise<EvidenceFileView> {
  assertPermitted(ctx.actor, 'employers.write');
  await employerOf(db, organisationId);
  const checked = await checkUpload(upload);
  const file: FileView = await saveCheckedUpload(db, ctx, storage, checked);
  return { id: file.id, originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}

/** The evidence file of one of the employer's checks, for download. */
export async function openControlEvidence(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  organisationId: string,
  checkId: string,
): Promise<{ file: FileView; stream: Readable }> {
  assertPermitted(ctx.actor, 'employers.read');
  const check = found(await findCheckEvidenceFileId(db, organisationId, checkId));
  return getFileForDownload(db, storage, found(check.evidence_file_id));
}
