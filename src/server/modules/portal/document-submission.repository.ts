import type { Db } from '../../db/database';
import type { PartnerDocumentSubmissionRow } from '../../db/schema-portal';
import type { SubmissionStatus } from '../../../shared/portal/document-submission.rules';

export type SubmissionWithNames = PartnerDocumentSubmissionRow & {
  organisation_name: string;
  original_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  submitted_by_name: string | null;
  reviewed_by_name: string | null;
};

function selectSubmissions(db: Db) {
  return db
    .selectFrom('partner_document_submission as s')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .leftJoin('file as f', 'f.id', 's.file_id')
    .leftJoin('app_user as sb', 'sb.id', 's.submitted_by')
    .leftJoin('app_user as rb', 'rb.id', 's.reviewed_by')
    .selectAll('s')
    .select(['o.name as organisation_name', 'f.original_name', 'f.media_type', 'f.size_bytes', 'sb.name as submitted_by_name', 'rb.name as reviewed_by_name']);
}

/** An organisation's submissions, newest first; only those of one status when given. */
export function findSubmissionsOfOrganisation(db: Db, organisationId: string, status?: SubmissionStatus): Promise<SubmissionWithNames[]> {
  let query = selectSubmissions(db).where('s.organisation_id', '=', organisationId);
  if (status) query = query.where('s.status', '=', status);
  return query.orderBy('s.submitted_at', 'desc').orderBy('s.id').limit(500).execute();
}

/** One submission with its names, if it exists. */
export function findSubmissionWithNames(db: Db, id: string): Promise<SubmissionWithNames | undefined> {
  return selectSubmissions(db).where('s.id', '=', id).executeTakeFirst();
}

/** Locks the organisation's row so that its submissions are checked and stored one after the other. */
export async function lockOrganisationForSubmission(db: Db, organisationId: string): Promise<void> {
  await db.selectFrom('organisation').select('id').where('id', '=', organisationId).forUpdate().executeTakeFirst();
}

/** One submission locked for review. */
export function lockSubmission(db: Db, id: string): Promise<PartnerDocumentSubmissionRow | undefined> {
  return db.selectFrom('partner_document_submission').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Stores a submission and returns its id. */
export async function insertSubmission(
  db: Db,
  values: {
    organisationId: string;
    documentType: string;
    year: number | null;
    fileId: string | null;
    absenceReason: string | null;
    note: string | null;
    submittedBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('partner_document_submission')
    .values({
      organisation_id: values.organisationId,
      document_type: values.documentType,
      year: values.year,
      file_id: values.fileId,
      absence_reason: values.absenceReason,
      note: values.note,
      submitted_by: values.submittedBy,
      submitted_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Settles a waiting submission if it is still at the version the reviewer saw; false when it was not. */
export async function settleSubmissionIfVersion(
  db: Db,
  id: string,
  version: number,
  change: { status: 'accepted' | 'returned'; reviewedBy: string | null; comment: string | null; acceptedDocumentId: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('partner_document_submission')
    .set((eb) => ({
      status: change.status,
      reviewed_by: change.reviewedBy,
      reviewed_at: new Date(),
      review_comment: change.comment,
      accepted_document_id: change.acceptedDocumentId,
      version: eb(eb.ref('version'), '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Submissions waiting for staff across organisations, oldest first (the work queue's item). */
export function findWaitingSubmissions(db: Db): Promise<{ id: string; organisation_id: string; organisation_name: string; document_type: string; submitted_at: Date }[]> {
  return db
    .selectFrom('partner_document_submission as s')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.organisation_id', 'o.name as organisation_name', 's.document_type', 's.submitted_at'])
    .where('s.status', '=', 'submitted')
    .orderBy('s.submitted_at')
    .limit(500)
    .execute();
}
