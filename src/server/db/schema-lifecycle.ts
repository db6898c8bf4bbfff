import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;

export type AnnualReviewTrigger = 'yearly' | 'competitive_situation' | 'need_ended';
export type AnnualReviewOutcome = 'continue' | 'revise' | 'terminate';
export type TerminationKind = 'notice' | 'rescission';

export interface AnnualReviewTable {
  id: Generated<string>;
  agreement_id: string;
  review_year: number;
  trigger: AnnualReviewTrigger;
  reviewed_on: DateColumn;
  responsible_manager_id: string;
  review_group_consulted_on: DateColumn;
  review_meeting_id: string | null;
  outcome: AnnualReviewOutcome;
  reasons: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CooperationTerminationTable {
  id: Generated<string>;
  cooperation_id: string;
  kind: TerminationKind;
  reason: string;
  evidence_file_id: string | null;
  evidence_note: string | null;
  given_on: DateColumn;
  effective_on: DateColumn;
  effected_at: NullableTimestamp;
  withdrawn_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
}

/** The annual-review and termination tables (migration 0011), merged into `Database` in schema.ts. */
export interface LifecycleTables {
  annual_review: AnnualReviewTable;
  cooperation_termination: CooperationTerminationTable;
}

export type AnnualReviewRow = Selectable<AnnualReviewTable>;
export type CooperationTerminationRow = Selectable<CooperationTerminationTable>;
