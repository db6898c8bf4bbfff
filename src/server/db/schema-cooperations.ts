import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
/** `numeric` arrives from the driver as text; repositories convert it to numbers. */
type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;

export interface ThresholdTable {
  id: Generated<string>;
  code: string;
  valid_from: DateColumn;
  amount_sek: ColumnType<string, number | string, number | string>;
  source: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface NamedReferenceTable {
  code: string;
  name_sv: string;
  name_en: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
}

export interface InitiativeTable {
  id: Generated<string>;
  title: string;
  origin: 'external' | 'internal';
  submitted_via: ColumnType<'staff' | 'public_form', 'staff' | 'public_form' | undefined, 'staff' | 'public_form'>;
  brief: string;
  target_groups: TextArray;
  areas: TextArray;
  proposed_form: string | null;
  expected_compensation_sek: Numeric;
  estimated_value_sek: Numeric;
  intended_duration_months: number | null;
  facts: Json<Record<string, unknown>>;
  unit_code: string | null;
  /** Who proposed it through the public form: organisation name and a contact, nothing more. */
  proposer: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  status: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  search_vector: ColumnType<unknown, never, never>;
  /** The registry's own number (diarienummer), written one way (`normalizeRegistryNumber`). */
  registry_number: ColumnType<string | null, string | null | undefined, string | null>;
  /** The readable number `INI YYYY-NNNN`: the year (given, or the year of created_at) and the sequence a trigger assigns. */
  number_year: ColumnType<number, number | undefined, never>;
  number_sequence: ColumnType<number, never, never>;
}

export interface InitiativeNumberCounterTable {
  year: number;
  last_number: number;
}

export interface InitiativeOrganisationTable {
  initiative_id: string;
  organisation_id: string;
}

export interface InitiativeAttachmentTable {
  id: Generated<string>;
  initiative_id: string;
  file_id: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface ReviewMeetingTable {
  id: Generated<string>;
  meeting_date: DateColumn;
  location: string | null;
  status: ColumnType<'planned' | 'held', 'planned' | 'held' | undefined, 'planned' | 'held'>;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ReviewAgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  initiative_id: string;
  kind: 'consultation' | 'information';
  position: number;
}

export interface RecommendationTable {
  id: Generated<string>;
  initiative_id: string;
  meeting_id: string | null;
  outcome: 'form' | 'not_appropriate' | 'referred' | 'more_information';
  recommended_form: string | null;
  referred_to: string | null;
  justification: string;
  recorded_by: string;
  recorded_at: Timestamp;
  /** The review group's judgement that the cooperation adds value (FRM-2): `{ affirmed, justification }`. */
  added_value: ColumnType<{ affirmed: boolean; justification: string } | null, string | null | undefined, string | null>;
}

export interface CaseNumberCounterTable {
  prefix: string;
  year: number;
  last_number: number;
}

export interface CooperationTable {
  id: Generated<string>;
  case_number: string;
  case_year: number;
  case_sequence: number;
  initiative_id: string | null;
  title: string;
  form: string;
  status: ColumnType<string, string | undefined, string>;
  ended_reason: string | null;
  responsible_manager_id: string | null;
  unit_code: string | null;
  areas: TextArray;
  target_groups: TextArray;
  value_sek: Numeric;
  compensation_sek: Numeric;
  start_date: NullableDate;
  end_date: NullableDate;
  description: string | null;
  /** Facts the gates read (competence, IOP legal assessment, pre-study, VIDA occasions, …). */
  facts: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  search_vector: ColumnType<unknown, never, never>;
  /** The purpose as published on the public IOP page (IOP-10); the description stays internal. */
  public_summary: ColumnType<string | null, string | null | undefined, string | null>;
  /** Shown on the public IOP page when true (and the IOP is active). */
  published: Generated<boolean>;
  /** The registry's own number (diarienummer), written one way (`normalizeRegistryNumber`). */
  registry_number: ColumnType<string | null, string | null | undefined, string | null>;
  /** The first day it was active; set by a trigger on the status (migration 0036) unless written. */
  activated_on: NullableDate;
  /** The day it ended; set by a trigger on the status (migration 0036) unless written. */
  ended_on: NullableDate;
}

export interface CooperationPartyTable {
  cooperation_id: string;
  organisation_id: string;
}

export interface SavedFilterTable {
  id: Generated<string>;
  user_id: string;
  scope: string;
  name: string;
  query: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface RateLimitHitTable {
  bucket: string;
  key_hash: string;
  hit_at: Timestamp;
}

/** Who attended a review-group meeting, with their roles when the attendance was recorded (INI-7). */
export interface ReviewMeetingAttendeeTable {
  meeting_id: string;
  user_id: string;
  roles: TextArray;
}

/** The review group's follow-up of a running cooperation at a meeting (INI-7). */
export interface ReviewFollowUpTable {
  id: Generated<string>;
  meeting_id: string;
  cooperation_id: string;
  assessment: string;
  recorded_by: string;
  recorded_at: Timestamp;
  /** The review group's judgement that the cooperation adds value (FRM-2): `{ affirmed, justification }`. */
  added_value: ColumnType<{ affirmed: boolean; justification: string } | null, string | null | undefined, string | null>;
}

export interface CooperationTables {
  threshold: ThresholdTable;
  target_group: NamedReferenceTable;
  unit: NamedReferenceTable;
  committee: NamedReferenceTable;
  initiative: InitiativeTable;
  initiative_number_counter: InitiativeNumberCounterTable;
  initiative_organisation: InitiativeOrganisationTable;
  initiative_attachment: InitiativeAttachmentTable;
  review_meeting: ReviewMeetingTable;
  review_agenda_item: ReviewAgendaItemTable;
  recommendation: RecommendationTable;
  case_number_counter: CaseNumberCounterTable;
  cooperation: CooperationTable;
  cooperation_party: CooperationPartyTable;
  saved_filter: SavedFilterTable;
  rate_limit_hit: RateLimitHitTable;
  review_meeting_attendee: ReviewMeetingAttendeeTable;
  review_follow_up: ReviewFollowUpTable;
}

export type ThresholdRow = Selectable<ThresholdTable>;
export type InitiativeRow = Selectable<InitiativeTable>;
export type ReviewMeetingRow = Selectable<ReviewMeetingTable>;
export type RecommendationRow = Selectable<RecommendationTable>;
export type CooperationRow = Selectable<CooperationTable>;
