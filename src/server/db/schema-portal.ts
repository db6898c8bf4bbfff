import type { ColumnType, Generated, Selectable } from 'kysely';
import type { SubmissionStatus } from '../../shared/portal/document-submission.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A partner-control document (or a note that it does not exist) a partner submitted (migration 0044, ORG-4). */
export interface PartnerDocumentSubmissionTable {
  id: Generated<string>;
  organisation_id: string;
  document_type: string;
  year: number | null;
  file_id: string | null;
  absence_reason: string | null;
  note: string | null;
  status: ColumnType<SubmissionStatus, SubmissionStatus | undefined, SubmissionStatus>;
  submitted_by: string | null;
  submitted_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  review_comment: string | null;
  accepted_document_id: string | null;
  version: Generated<number>;
}

export interface PortalTables {
  partner_document_submission: PartnerDocumentSubmissionTable;
}

export type PartnerDocumentSubmissionRow = Selectable<PartnerDocumentSubmissionTable>;
