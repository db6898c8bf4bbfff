import type { Readable } from 'node:stream';
import type { PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import { isSubmissionReviewable, maySubmitKind } from '../../../shared/portal/document-submission.rules';
import type {
  AcceptSubmissionInput,
  DocumentSubmissionList,
  DocumentSubmissionView,
  ReturnSubmissionInput,
  SubmissionListQuery,
  SubmitAbsenceInput,
  SubmitDocumentQuery,
} from '../../../shared/portal/document-submission.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { insertDocument, upsertAbsence } from '../organisations/document.repository';
import { findOrganisationById } from '../organisations/organisation.repository';
import {
  findSubmissionsOfOrganisation,
  findSubmissionWithNames,
  insertSubmission,
  lockOrganisationForSubmission,
  lockSubmission,
  settleSubmissionIfVersion,
  type SubmissionWithNames,
} from './document-submission.repository';
import { portalOrganisation, portalUserId } from './portal-access';

/** A submission as the partner and staff see it. */
export function toSubmissionView(r: SubmissionWithNames): DocumentSubmissionView {
  return {
    id: r.id,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    documentType: r.document_type as PartnerControlDocument,
    year: r.year,
    absenceReason: r.absence_reason,
    note: r.note,
    file: r.file_id && r.original_name ? { id: r.file_id, originalName: r.original_name, mediaType: r.media_type ?? 'application/octet-stream', sizeBytes: Number(r.size_bytes ?? 0) } : null,
    status: r.status,
    submittedBy: r.submitted_by && r.submitted_by_name ? { id: r.submitted_by, name: r.submitted_by_name } : null,
    submittedAt: r.submitted_at.toISOString(),
    reviewedBy: r.reviewed_by && r.reviewed_by_name ? { id: r.reviewed_by, name: r.reviewed_by_name } : null,
    reviewedAt: r.reviewed_at ? r.reviewed_at.toISOString() : null,
    reviewComment: r.review_comment,
    version: r.version,
  };
}

async function assertMaySubmit(db: Db, ctx: RequestContext, organisationId: string, documentType: PartnerControlDocument): Promise<void> {
  const org = found(await findOrganisationById(db, organisationId, ctx.today));
  if (org.status === 'archived') throw new DomainError('organisation_archived');
  const earlier = await findSubmissionsOfOrganisation(db, organisationId, 'submitted');
  const facts = earlier.map((s) => ({ id: s.id, documentType: s.document_type as PartnerControlDocument, status: s.status, submittedAt: s.submitted_at.toISOString() }));
  if (!maySubmitKind(facts, documentType)) throw new DomainError('submission_waiting');
}

async function submit(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  values: { documentType: PartnerControlDocument; year: number | null; absenceReason: string | null; note: string | null },
  saveFile: (trx: Db) => Promise<{ id: string; originalName: string } | null>,
): Promise<DocumentSubmissionView> {
  return db.transaction().execute(async (trx) => {
    // Checked again inside the transaction, under the organisation's lock, so two quick submissions of one kind cannot both wait.
    await lockOrganisationForSubmission(trx, organisationId);
    await assertMaySubmit(trx, ctx, organisationId, values.documentType);
    const file = await saveFile(trx);
    const id = await insertSubmission(trx, { organisationId, ...values, fileId: file?.id ?? null, submittedBy: portalUserId(ctx) });
    await recordAudit(trx, ctx, {
      action: 'organisation.document.submitted',
      entityType: 'organisation',
      entityId: organisationId,
      data: { submissionId: id, documentType: values.documentType, year: values.year, absenceReason: values.absenceReason, fileId: file?.id ?? null, fileName: file?.originalName ?? null },
    });
    return toSubmissionView(found(await findSubmissionWithNames(trx, id)));
  });
}

/**
 * A partner submits a partner-control document of its own organisation (ORG-4): the content is
 * checked like every upload before anything is stored, and it waits for staff to accept it.
 */
export async function submitPartnerDocument(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  input: SubmitDocumentQuery & { bytes: Buffer; originalName: string },
): Promise<DocumentSubmissionView> {
  const organisation = await portalOrganisation(db, ctx, 'portal.submit');
  await assertMaySubmit(db, ctx, organisation.id, input.documentType);
  const checked = await checkUpload({ bytes: input.bytes, originalName: input.originalName });
  return submit(db, ctx, organisation.id, { documentType: input.documentType, year: input.year, absenceReason: null, note: input.note ?? null }, (trx) =>
    saveCheckedUpload(trx, ctx, storage, checked),
  );
}

/** A partner notes that a partner-control document does not exist, with the reason; it waits for staff. */
export async function submitPartnerAbsence(db: Db, ctx: RequestContext, input: SubmitAbsenceInput): Promise<DocumentSubmissionView> {
  const organisation = await portalOrganisation(db, ctx, 'portal.submit');
  return submit(db, ctx, organisation.id, { documentType: input.documentType, year: null, absenceReason: input.reason, note: null }, () => Promise.resolve(null));
}

/** The partner's own submissions, newest first. */
export async function listOwnSubmissions(db: Db, ctx: RequestContext): Promise<DocumentSubmissionView[]> {
  const organisation = await portalOrganisation(db, ctx);
  return (await findSubmissionsOfOrganisation(db, organisation.id)).map(toSubmissionView);
}

/** The file of one of the partner's own submissions; another organisation's answers 404. */
export async function openOwnSubmissionFile(db: Db, ctx: RequestContext, storage: FileStorage, id: string): Promise<{ file: FileView; stream: Readable }> {
  const organisation = await portalOrganisation(db, ctx);
  const submission = found(await findSubmissionWithNames(db, id));
  if (submission.organisation_id !== organisation.id || !submission.file_id) throw new DomainError('not_found');
  return getFileForDownload(db, storage, submission.file_id);
}

/** An organisation's submissions for staff: those waiting, or all of them. */
export async function listOrganisationSubmissions(db: Db, ctx: RequestContext, organisationId: string, query: SubmissionListQuery): Promise<DocumentSubmissionList> {
  assertPermitted(ctx.actor, 'organisations.read');
  found(await findOrganisationById(db, organisationId, ctx.today));
  const rows = await findSubmissionsOfOrganisation(db, organisationId, query.status === 'all' ? undefined : 'submitted');
  return { items: rows.map(toSubmissionView) };
}

/** The file of a submission, for staff who read the organisation. */
export async function openSubmissionFile(db: Db, ctx: RequestContext, storage: FileStorage, id: string): Promise<{ file: FileView; stream: Readable }> {
  assertPermitted(ctx.actor, 'organisations.read');
  const submission = found(await findSubmissionWithNames(db, id));
  if (!submission.file_id) throw new DomainError('not_found');
  return getFileForDownload(db, storage, submission.file_id);
}

/**
 * Staff accept a waiting submission (ORG-4): a document becomes the organisation's received
 * document of its kind and year, a "does not exist" note the organisation's absence note — just as
 * if staff had registered it themselves, with the same audit entry beside the acceptance.
 */
export async function acceptSubmission(db: Db, ctx: RequestContext, id: string, input: AcceptSubmissionInput): Promise<DocumentSubmissionView> {
  assertPermitted(ctx.actor, 'organisations.write');
  const reviewer = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return db.transaction().execute(async (trx) => {
    const submission = found(await lockSubmission(trx, id));
    if (!isSubmissionReviewable(submission.status)) throw new DomainError('submission_settled');
    if (submission.version !== input.version) throw new DomainError('version_conflict');
    const org = found(await findOrganisationById(trx, submission.organisation_id, ctx.today));
    if (org.status === 'archived') throw new DomainError('organisation_archived');
    let documentId: string | null = null;
    if (submission.file_id && submission.year !== null) {
      documentId = await insertDocument(trx, {
        organisationId: submission.organisation_id,
        documentType: submission.document_type,
        year: submission.year,
        fileId: submission.file_id,
        note: submission.note,
        uploadedBy: submission.submitted_by,
      });
      await recordAudit(trx, ctx, {
        action: 'organisation.document.uploaded',
        entityType: 'organisation',
        entityId: submission.organisation_id,
        data: { documentId, documentType: submission.document_type, year: submission.year, fileId: submission.file_id, submissionId: id },
      });
    } else {
      await upsertAbsence(trx, { organisationId: submission.organisation_id, documentType: submission.document_type, reason: submission.absence_reason, recordedBy: reviewer });
      await recordAudit(trx, ctx, {
        action: 'organisation.document.marked-not-existing',
        entityType: 'organisation',
        entityId: submission.organisation_id,
        after: { [`absence.${submission.document_type}`]: submission.absence_reason },
        data: { submissionId: id },
      });
    }
    if (!(await settleSubmissionIfVersion(trx, id, input.version, { status: 'accepted', reviewedBy: reviewer, comment: null, acceptedDocumentId: documentId }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'organisation.document.submission-accepted',
      entityType: 'organisation',
      entityId: submission.organisation_id,
      before: { status: submission.status },
      after: { status: 'accepted' },
      data: { submissionId: id, documentType: submission.document_type, documentId },
    });
    return toSubmissionView(found(await findSubmissionWithNames(trx, id)));
  });
}

/** Staff return a waiting submission with a comment the partner reads before submitting again. */
export async function returnSubmission(db: Db, ctx: RequestContext, id: string, input: ReturnSubmissionInput): Promise<DocumentSubmissionView> {
  assertPermitted(ctx.actor, 'organisations.write');
  const reviewer = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return db.transaction().execute(async (trx) => {
    const submission = found(await lockSubmission(trx, id));
    if (!isSubmissionReviewable(submission.status)) throw new DomainError('submission_settled');
    if (!(await settleSubmissionIfVersion(trx, id, input.version, { status: 'returned', reviewedBy: reviewer, comment: input.comment, acceptedDocumentId: null }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'organisation.document.submission-returned',
      entityType: 'organisation',
      entityId: submission.organisation_id,
      before: { status: submission.status },
      after: { status: 'returned', comment: input.comment },
      data: { submissionId: id, documentType: submission.document_type },
    });
    return toSubmissionView(found(await findSubmissionWithNames(trx, id)));
  });
}
