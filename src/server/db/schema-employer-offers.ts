import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type JobTrackStatus = 'planned' | 'running' | 'ended';
export type EmployerOfferKind = 'job' | 'wage_subsidised_job' | 'internship' | 'apl' | 'job_track';
export type OfferOutcomeMeasure = 'started' | 'employed';

/** A job track (jobbspår) run with employers, optionally jointly with Arbetsförmedlingen (migration 0040, EMP-4). */
export interface JobTrackTable {
  id: Generated<string>;
  title: string;
  occupation: string;
  description: string | null;
  places: number;
  start_date: DateColumn;
  end_date: DateColumn;
  unit_code: string | null;
  with_af: Generated<boolean>;
  agreement_cooperation_id: string | null;
  working_group_id: string | null;
  status: Generated<JobTrackStatus>;
  started_at: NullableTimestamp;
  started_by: string | null;
  ended_at: NullableTimestamp;
  ended_reason: string | null;
  ended_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

/** An employer of a job track; removed ones keep their row (migration 0040, EMP-4). */
export interface JobTrackEmployerTable {
  job_track_id: string;
  organisation_id: string;
  added_at: Timestamp;
  added_by: string | null;
  removed_at: NullableTimestamp;
  removed_by: string | null;
}

/** One offer of a job partnership (migration 0040, EMP-2, EMP-4). */
export interface EmployerOfferTable {
  id: Generated<string>;
  cooperation_id: string;
  kind: EmployerOfferKind;
  title: string;
  description: string | null;
  places: number;
  start_date: DateColumn;
  end_date: NullableDate;
  unit_codes: TextArray;
  job_track_id: string | null;
  status: Generated<'open' | 'closed'>;
  closed_at: NullableTimestamp;
  closed_reason: string | null;
  closed_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

/** One recording of an offer's outcomes for a half-year; a newer one supersedes it (migration 0040). */
export interface EmployerOfferOutcomeTable {
  id: Generated<string>;
  offer_id: string;
  period: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
  superseded_at: NullableTimestamp;
}

/** An aggregate count of a recording: a total (no dimension) or a part of a breakdown. */
export interface EmployerOfferOutcomeCellTable {
  outcome_id: string;
  measure: OfferOutcomeMeasure;
  dimension: 'gender' | 'target_group' | null;
  category: string | null;
  value: number;
}

/** The offer and job-track tables, merged into `Database` in schema.ts. */
export interface EmployerOfferTables {
  job_track: JobTrackTable;
  job_track_employer: JobTrackEmployerTable;
  employer_offer: EmployerOfferTable;
  employer_offer_outcome: EmployerOfferOutcomeTable;
  employer_offer_outcome_cell: EmployerOfferOutcomeCellTable;
}

export type JobTrackRow = Selectable<JobTrackTable>;
export type EmployerOfferRow = Selectable<EmployerOfferTable>;
