import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;

/** A procurement programme whose controls apply to employers from a date (migration 0037, EMP-2). */
export interface EmployerControlProgrammeTable {
  code: string;
  name: string;
  valid_from: DateColumn;
  created_at: Timestamp;
}

/** One control of a programme (migration 0037, EMP-2). */
export interface EmployerControlTable {
  programme_code: string;
  code: string;
  name_sv: string;
  name_en: string;
  recheck_months: number | null;
  may_not_apply: Generated<boolean>;
  position: number;
}

export type EmployerControlRow = Selectable<EmployerControlTable>;

/** One check of one control of an employer (migration 0038, EMP-2); never changed, a new check supersedes it. */
export interface EmployerControlCheckTable {
  id: Generated<string>;
  organisation_id: string;
  programme_code: string;
  control_code: string;
  result: 'pass' | 'fail' | 'not_applicable';
  collective_agreement: 'yes' | 'no' | 'equivalent_terms' | null;
  evidence_reference: string | null;
  evidence_file_id: string | null;
  note: string | null;
  checked_on: DateColumn;
  valid_until: DateColumn;
  checked_by: string | null;
  recorded_at: Timestamp;
}

export type EmployerControlCheckRow = Selectable<EmployerControlCheckTable>;

/** A reset of an employer's controls (migration 0038, EMP-3): checks recorded before it count for nothing. */
export interface EmployerControlResetTable {
  id: Generated<string>;
  organisation_id: string;
  reset_at: Timestamp;
  cooperation_id: string | null;
  reason: string;
  created_by: string | null;
}

/** The employer tables, merged into `Database` in schema.ts. */
export interface EmployerTables {
  employer_control_programme: EmployerControlProgrammeTable;
  employer_control: EmployerControlTable;
  employer_control_check: EmployerControlCheckTable;
  employer_control_reset: EmployerControlResetTable;
}
