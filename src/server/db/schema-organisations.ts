import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DraftStatus } from '../../shared/organisations/democracy.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type StoredContact = { name: string; role: string | null; email: string | null; phone: string | null };

export interface SettingTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface LegalFormTable {
  kind: 'civil_society' | 'employer' | 'public_body';
  code: string;
  name_sv: string;
  name_en: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  version: Generated<number>;
}

export interface AreaTable {
  code: string;
  parent_code: string | null;
  name_sv: string;
  name_en: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
}

export interface DistrictTable {
  code: string;
  name_sv: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  /** The first day the district is in force (migration 0035, AGR-9); NULL = since before the register. */
  valid_from: ColumnType<string | null, string | null | undefined, string | null>;
  /** The last day the district is in force; NULL = open. */
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: 'civil_society' | 'employer' | 'public_body';
  legal_form: string;
  org_number: string | null;
  description: string | null;
  member_count: number | null;
  website: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  districts: ColumnType<string[], string[] | undefined, string[]>;
  areas: ColumnType<string[], string[] | undefined, string[]>;
  contacts: ColumnType<StoredContact[], string | undefined, string>;
  status: ColumnType<'active' | 'archived', 'active' | 'archived' | undefined, 'active' | 'archived'>;
  democracy_result: ColumnType<'eligible' | 'not_eligible' | null, 'eligible' | 'not_eligible' | null | undefined, 'eligible' | 'not_eligible' | null>;
  democracy_valid_until: ColumnType<string | null, string | null | undefined, string | null>;
  /** Bankgiro number as `NNN(N)-NNNN` (FRM-5, migration 0024). */
  bankgiro: ColumnType<string | null, string | null | undefined, string | null>;
  /** Plusgiro number as pairs with the check digit after a hyphen, e.g. `90 08 00-4` (FRM-5, migration 0024). */
  plusgiro: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  search_vector: ColumnType<unknown, never, never>;
}

export interface OrganisationDocumentTable {
  id: Generated<string>;
  organisation_id: string;
  document_type: string;
  year: number;
  file_id: string;
  note: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface OrganisationDocumentAbsenceTable {
  organisation_id: string;
  document_type: string;
  reason: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
  version: Generated<number>;
}

export interface DemocracyAssessmentTable {
  id: Generated<string>;
  organisation_id: string;
  result: 'eligible' | 'not_eligible';
  conditions: Json<unknown[]>;
  exclusions: Json<unknown[]>;
  summary: string | null;
  signed_by: string;
  signed_at: Date;
  valid_until: DateColumn;
  /** Migration 0018: the common basis (null before it), its evidence, the preparer, review changes. */
  basis: string | null;
  evidence: ColumnType<unknown[], string | undefined, string>;
  prepared_by: string;
  prepared_at: Date;
  review_changes: ColumnType<unknown[], string | undefined, string>;
}

/** An assessment in preparation (migration 0018); never read by the democracy status. */
export interface DemocracyAssessmentDraftTable {
  id: Generated<string>;
  organisation_id: string;
  status: ColumnType<DraftStatus, DraftStatus | undefined, DraftStatus>;
  conditions: Json<unknown[]>;
  exclusions: Json<unknown[]>;
  basis: ColumnType<string, string | undefined, string>;
  evidence: ColumnType<unknown[], string | undefined, string>;
  summary: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  signer_id: string | null;
  handed_over_by: string | null;
  handed_over_at: Date | null;
  handed_over_answers: ColumnType<{ conditions: unknown[]; exclusions: unknown[] } | null, string | null | undefined, string | null>;
  returned_by: string | null;
  returned_at: Date | null;
  return_comment: string | null;
  assessment_id: string | null;
  version: Generated<number>;
}

export interface RemediationMeasureTable {
  id: Generated<string>;
  organisation_id: string;
  description: string;
  completed_on: DateColumn;
  evidence: Json<unknown[]>;
  recorded_by: string;
  recorded_at: Date;
}

export interface OrganisationImportTable {
  id: Generated<string>;
  file_name: string;
  headers: Json<string[]>;
  rows: Json<{ line: number; cells: string[] }[]>;
  mapping: Json<Record<string, number | null>>;
  status: ColumnType<'preview' | 'committed', 'preview' | 'committed' | undefined, 'preview' | 'committed'>;
  imported_count: number | null;
  created_by: string | null;
  created_at: Timestamp;
  committed_at: NullableTimestamp;
  version: Generated<number>;
}

export interface OrganisationTables {
  setting: SettingTable;
  legal_form: LegalFormTable;
  area: AreaTable;
  district: DistrictTable;
  organisation: OrganisationTable;
  organisation_document: OrganisationDocumentTable;
  organisation_document_absence: OrganisationDocumentAbsenceTable;
  democracy_assessment: DemocracyAssessmentTable;
  democracy_assessment_draft: DemocracyAssessmentDraftTable;
  remediation_measure: RemediationMeasureTable;
  organisation_import: OrganisationImportTable;
  /** Words of organisation names (migration 0005, kept by triggers) for correcting misspelt searches. */
  organisation_name_word: { word: string };
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type LegalFormRow = Selectable<LegalFormTable>;
export type DemocracyAssessmentRow = Selectable<DemocracyAssessmentTable>;
export type DemocracyAssessmentDraftRow = Selectable<DemocracyAssessmentDraftTable>;
export type RemediationMeasureRow = Selectable<RemediationMeasureTable>;
export type OrganisationDocumentRow = Selectable<OrganisationDocumentTable>;
export type OrganisationImportRow = Selectable<OrganisationImportTable>;
