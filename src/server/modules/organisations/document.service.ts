import type { Readable } from 'node:stream';
import type {
  AbsenceInput,
  DocumentsOverviewView,
  OrganisationDocumentView,
  UploadDocumentQuery,
} from '../../../shared/organisations/document.schemas';
import {
  type DocumentType,
  isPartnerControlComplete,
  type PartnerControlDocument,
  partnerControlChecklist,
} from '../../../shared/organisations/partner-control.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { type DocumentWithFile, findAbsences, findDocuments, insertDocument, upsertAbsence } from './document.repository';
import { findOrganisationById } from './organisation.repository';

function toDocumentView(row: DocumentWithFile): OrganisationDocumentView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    documentType: row.document_type as DocumentType,
    year: row.year,
    note: row.note,
    file: { id: row.file_id, originalName: row.original_name, mediaType: row.media_type, sizeBytes: row.size_bytes },
    uploadedBy: row.uploaded_by ? { id: row.uploaded_by, name: row.uploader_name ?? '' } : null,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

async function activeOrganisation(db: Db, ctx: RequestContext, id: string) {
  const org = found(await findOrganisationById(db, id, ctx.today));
  if (org.status === 'archived') throw new DomainError('organisation_archived');
  return org;
}

/** An organisation's documents (all versions) and its partner-control checklist (ORG-4). */
export async function getDocumentsOverview(db: Db, ctx: RequestContext, organisationId: string): Promise<DocumentsOverviewView> {
  assertPermitted(ctx.actor, 'organisations.read');
  return documentsOverviewOf(db, found(await findOrganisationById(db, organisationId, ctx.today)));
}

/** The documents overview of an organisation already loaded and authorized (also the partner portal's). */
export async function documentsOverviewOf(db: Db, org: { id: string; kind: string }): Promise<DocumentsOverviewView> {
  const organisationId = org.id;
  const [documents, absences] = await Promise.all([findDocuments(db, organisationId), findAbsences(db, organisationId)]);
  const checklist = partnerControlChecklist(
    documents.map((d) => ({ id: d.id, documentType: d.document_type as DocumentType, year: d.year, uploadedAt: d.uploaded_at.toISOString() })),
    absences.flatMap((a) => (a.reason ? [{ documentType: a.document_type as PartnerControlDocument, reason: a.reason }] : [])),
  );
  return {
    documents: documents.map(toDocumentView),
    checklist,
    checklistApplies: org.kind === 'civil_society',
    checklistComplete: isPartnerControlComplete(checklist),
  };
}

/**
 * Uploads a document for an organisation: the content is checked (type by content, size, zip
 * limits) before anything is stored; an earlier upload of the same type and year stays as a version.
 */
export async function addOrganisationDocument(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  input: UploadDocumentQuery & { organisationId: string; bytes: Buffer; originalName: string },
): Promise<OrganisationDocumentView> {
  assertPermitted(ctx.actor, 'organisations.write');
  await activeOrganisation(db, ctx, input.organisationId);
  const checked = await checkUpload({ bytes: input.bytes, originalName: input.originalName });
  return db.transaction().execute(async (trx) => {
    const file = await saveCheckedUpload(trx, ctx, storage, checked);
    const id = await insertDocument(trx, {
      organisationId: input.organisationId,
      documentType: input.documentType,
      year: input.year,
      fileId: file.id,
      note: input.note ?? null,
      uploadedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.document.uploaded',
      entityType: 'organisation',
      entityId: input.organisationId,
      data: { documentId: id, documentType: input.documentType, year: input.year, fileName: file.originalName, fileId: file.id },
    });
    return toDocumentView(found((await findDocuments(trx, input.organisationId)).find((d) => d.id === id)));
  });
}

/** The content of one of an organisation's documents, for download. */
export async function openOrganisationDocument(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  key: { organisationId: string; documentId: string },
): Promise<{ file: FileView; stream: Readable }> {
  assertPermitted(ctx.actor, 'organisations.read');
  const document = found((await findDocuments(db, key.organisationId)).find((d) => d.id === key.documentId));
  return getFileForDownload(db, storage, document.file_id);
}

/** Notes that a partner-control document does not exist, with the reason (or withdraws the note). */
export async function setDocumentAbsence(
  db: Db,
  ctx: RequestContext,
  key: { organisationId: string; documentType: PartnerControlDocument },
  input: AbsenceInput,
): Promise<DocumentsOverviewView> {
  assertPermitted(ctx.actor, 'organisations.write');
  await db.transaction().execute(async (trx) => {
    await activeOrganisation(trx, ctx, key.organisationId);
    const before = (await findAbsences(trx, key.organisationId)).find((a) => a.document_type === key.documentType);
    await upsertAbsence(trx, {
      organisationId: key.organisationId,
      documentType: key.documentType,
      reason: input.reason,
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: input.reason ? 'organisation.document.marked-not-existing' : 'organisation.document.absence-withdrawn',
      entityType: 'organisation',
      entityId: key.organisationId,
      before: { [`absence.${key.documentType}`]: before?.reason ?? null },
      after: { [`absence.${key.documentType}`]: input.reason },
    });
  });
  return getDocumentsOverview(db, ctx, key.organisationId);
}
