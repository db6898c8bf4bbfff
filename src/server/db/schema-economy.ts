import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;
/** A jsonb column: read parsed, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

export type OutcomeKind = 'money' | 'in_kind';
export type WelfareValueKind = 'initial' | 'extension' | 'call_off';

/** An outcome entry of a cooperation's economy for a year and party (IOP-9). */
export interface EconomyOutcomeTable {
  id: Generated<string>;
  cooperation_id: string;
  year: number;
  organisation_id: string;
  occurred_on: DateColumn;
  amount_sek: number;
  kind: OutcomeKind;
  reference: string | null;
  note: string | null;
  removed_at: NullableTimestamp;
  removed_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** A reconciliation of a year's budget and outcome at a steering-group meeting (IOP-9). */
export interface EconomyReconciliationTable {
  id: Generated<string>;
  cooperation_id: string;
  meeting_id: string;
  year: number;
  snapshot: Json<unknown>;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** An external audit of a cooperation's economy (IOP-9). */
export interface EconomyAuditTable {
  id: Generated<string>;
  cooperation_id: string;
  auditor: string;
  scope: string;
  audited_on: DateColumn;
  findings: string | null;
  report_file_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** A value entry of a welfare-service procurement (FRM-7). */
export interface WelfareValueEntryTable {
  id: Generated<string>;
  cooperation_id: string;
  kind: WelfareValueKind;
  entry_date: DateColumn;
  amount_sek: number;
  note: string | null;
  removed_at: NullableTimestamp;
  removed_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** Whether a welfare-service contract was advertised (FRM-7). */
export interface WelfareValueContractTable {
  cooperation_id: string;
  advertised: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** The economy and welfare-value tables (migration 0023), merged into `Database` in schema.ts. */
export interface EconomyTables {
  economy_outcome: EconomyOutcomeTable;
  economy_reconciliation: EconomyReconciliationTable;
  economy_audit: EconomyAuditTable;
  welfare_value_entry: WelfareValueEntryTable;
  welfare_value_contract: WelfareValueContractTable;
}

export type EconomyOutcomeRow = Selectable<EconomyOutcomeTable>;
export type EconomyAuditRow = Selectable<EconomyAuditTable>;
export type WelfareValueEntryRow = Selectable<WelfareValueEntryTable>;
