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

/** The employer tables, merged into `Database` in schema.ts. */
export interface EmployerTables {
  employer_control_programme: EmployerControlProgrammeTable;
  employer_control: EmployerControlTable;
}
