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

/** An employer's type and size band (migration 0039, EMP-1). */
export interface EmployerProfileTable {
  organisation_id: string;
  employer_type: 'company' | 'platform_company' | 'social_enterprise' | 'public_employer' | 'other';
  size_band: 'micro' | 'small' | 'medium' | 'large' | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export type EmployerProfileRow = Selectable<EmployerProfileTable>;

/** An application for membership of Integrationspakten (migration 0039, EMP-1). */
export interface IntegrationPactApplicationTable {
  id: Generated<string>;
  number: ColumnType<number, never, never>;
  number_year: number;
  source: 'staff' | 'public';
  organisation_id: string | null;
  organisation_name: string;
  org_number: string;
  employer_type: EmployerProfileTable['employer_type'];
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  motivation: string;
  statement_network_goals: boolean;
  statement_non_discrimination: boolean;
  statement_gender_equality: boolean;
  statement_equality: boolean;
  statement_human_rights: boolean;
  status: ColumnType<ApplicationStatusColumn, ApplicationStatusColumn | undefined, ApplicationStatusColumn>;
  check_org_number_valid: boolean | null;
  check_organisation_active: boolean | null;
  check_contact_named: boolean | null;
  check_statements_given: boolean | null;
  check_passed: boolean | null;
  check_note: string | null;
  checked_by: string | null;
  checked_at: Date | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  cooperation_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

type ApplicationStatusColumn = 'submitted' | 'checked' | 'approved' | 'rejected' | 'withdrawn';

export type IntegrationPactApplicationRow = Selectable<IntegrationPactApplicationTable>;

/** The employer tables, merged into `Database` in schema.ts. */
export interface EmployerTables {
  employer_profile: EmployerProfileTable;
  integration_pact_application: IntegrationPactApplicationTable;
  employer_control_programme: EmployerControlProgrammeTable;
  employer_control: EmployerControlTable;
  employer_control_check: EmployerControlCheckTable;
  employer_control_reset: EmployerControlResetTable;
}
