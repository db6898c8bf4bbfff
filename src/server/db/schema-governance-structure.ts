import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;

export type RepresentationKind = 'role' | 'unit' | 'office' | 'district_administration' | 'other';
export type CycleTaskKind = 'plan_next_year' | 'follow_up';

export interface GovernanceBodyRepresentationTable {
  id: Generated<string>;
  body_id: string;
  party: string;
  organisation_id: string | null;
  representative: string;
  kind: ColumnType<RepresentationKind, RepresentationKind | undefined, RepresentationKind>;
  sort_order: Generated<number>;
  created_at: Timestamp;
}

export interface GovernanceMeetingAttachmentTable {
  id: Generated<string>;
  meeting_id: string;
  file_id: string;
  title: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GovernanceCycleTaskTable {
  id: Generated<string>;
  body_id: string;
  cycle_year: number;
  kind: CycleTaskKind;
  due_on: DateColumn;
  done_at: NullableTimestamp;
  done_by: string | null;
  note: string | null;
  annex_id: string | null;
  annex_version: number | null;
  created_at: Timestamp;
  version: Generated<number>;
}

/** The governance structure tables (migration 0012), merged into `Database` in schema.ts. */
export interface GovernanceStructureTables {
  governance_body_representation: GovernanceBodyRepresentationTable;
  governance_meeting_attachment: GovernanceMeetingAttachmentTable;
  governance_cycle_task: GovernanceCycleTaskTable;
}

export type GovernanceBodyRepresentationRow = Selectable<GovernanceBodyRepresentationTable>;
export type GovernanceMeetingAttachmentRow = Selectable<GovernanceMeetingAttachmentTable>;
export type GovernanceCycleTaskRow = Selectable<GovernanceCycleTaskTable>;
