import type { Db } from '../../db/database';
import type { OrganisationDocumentRow } from '../../db/schema-organisations';

export type DocumentWithFile = OrganisationDocumentRow & {
  original_name: string;
  media_type: string;
  size_bytes: number;
  uploader_name: string | null;
};

/** An organisation's documents with their files, newest first. */
export function findDocuments(db: Db, organisationId: string): Promise<DocumentWithFile[]> {
  return db
    .selectFrom('organisation_document')
    .innerJoin('file', 'file.id', 'organisation_document.file_id')
    .leftJoin('app_user', 'app_user.id', 'organisation_document.uploaded_by')
    .selectAll('organisation_document')
    .select(['file.original_name', 'file.media_type', 'file.size_bytes', 'app_user.name as uploader_name'])
    .where('organisation_document.organisation_id', '=', organisationId)
    .orderBy('organisation_document.uploaded_at', 'desc')
    .execute();
}

/** Stores a document version and returns its id. */
export async function insertDocument(
  db: Db,
  doc: { organisationId: string; documentType: string; year: number; fileId: string; note: string | null; uploadedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('organisation_document')
    .values({
      organisation_id: doc.organisationId,
      document_type: doc.documentType,
      year: doc.year,
      file_id: doc.fileId,
      note: doc.note,
      uploaded_by: doc.uploadedBy,
      uploaded_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The notes that documents do not exist (reason null = withdrawn). */
export function findAbsences(db: Db, organisationId: string) {
  return db.selectFrom('organisation_document_absence').selectAll().where('organisation_id', '=', organisationId).execute();
}

/** Records or withdraws a note that a document does not exist. */
export async function upsertAbsence(
  db: Db,
  absence: { organisationId: string; documentType: string; reason: string | null; recordedBy: string | null },
): Promise<void> {
  await db
    .insertInto('organisation_document_absence')
    .values({
      organisation_id: absence.organisationId,
      document_type: absence.documentType,
      reason: absence.reason,
      recorded_by: absence.recordedBy,
      recorded_at: new Date(),
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'document_type']).doUpdateSet((eb) => ({
        reason: eb.ref('excluded.reason'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: eb.ref('excluded.recorded_at'),
        version: eb(eb.ref('organisation_document_absence.version'), '+', 1),
      })),
    )
    .execute();
}
