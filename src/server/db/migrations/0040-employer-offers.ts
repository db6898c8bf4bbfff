import { type Kysely, sql } from 'kysely';

/**
 * What a job partnership offers and the job tracks run with employers (EMP-2, EMP-4, 003 §3.1.3).
 *
 * `job_track` is a track (jobbspår) with its occupation, places, dates and receiving unit; when
 * it is run jointly with Arbetsförmedlingen it names the cooperation agreement (a cooperation of
 * form 'public_agreement') and optionally the agreement's working group it belongs to. Its status
 * moves planned → running → ended; ending records the day, the reason and who ended it.
 * `job_track_employer` holds the track's employers; an employer taken off a planned track keeps
 * its row with the time it was removed.
 *
 * `employer_offer` is one offer of a job partnership: a job, a wage-subsidised job, an internship,
 * an APL place or a job track (then it names the track), with its places, period, receiving units
 * and status; closing records when, why and by whom. Nothing is deleted.
 *
 * `employer_offer_outcome` is one recording of an offer's outcomes for a half-year, and
 * `employer_offer_outcome_cell` its aggregate counts (participants who started, who got a job) in
 * total and by the follow-up breakdowns of migration 0021 (gender, target group). A new recording
 * supersedes the earlier one of the same period. There is no column that could hold a person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE job_track (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
      occupation text NOT NULL CHECK (char_length(btrim(occupation)) BETWEEN 1 AND 200),
      description text CHECK (description IS NULL OR char_length(description) <= 5000),
      places integer NOT NULL CHECK (places BETWEEN 1 AND 100000),
      start_date date NOT NULL,
      end_date date NOT NULL CHECK (end_date >= start_date),
      unit_code text REFERENCES unit(code),
      with_af boolean NOT NULL DEFAULT false,
      agreement_cooperation_id uuid REFERENCES cooperation(id),
      working_group_id uuid REFERENCES governance_body(id),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'ended')),
      started_at timestamptz,
      started_by uuid REFERENCES app_user(id),
      ended_at timestamptz,
      ended_reason text CHECK (ended_reason IS NULL OR char_length(btrim(ended_reason)) BETWEEN 1 AND 2000),
      ended_by uuid REFERENCES app_user(id),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (with_af = (agreement_cooperation_id IS NOT NULL)),
      CHECK (working_group_id IS NULL OR with_af),
      CHECK ((status = 'ended') = (ended_at IS NOT NULL AND ended_reason IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX job_track_agreement_idx ON job_track (agreement_cooperation_id) WHERE agreement_cooperation_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX job_track_working_group_idx ON job_track (working_group_id) WHERE working_group_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE job_track_employer (
      job_track_id uuid NOT NULL REFERENCES job_track(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      added_by uuid REFERENCES app_user(id),
      removed_at timestamptz,
      removed_by uuid REFERENCES app_user(id),
      PRIMARY KEY (job_track_id, organisation_id)
    )`.execute(db);
  await sql`CREATE INDEX job_track_employer_organisation_idx ON job_track_employer (organisation_id)`.execute(db);
  await sql`
    CREATE TABLE employer_offer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      kind text NOT NULL CHECK (kind IN ('job', 'wage_subsidised_job', 'internship', 'apl', 'job_track')),
      title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
      description text CHECK (description IS NULL OR char_length(description) <= 5000),
      places integer NOT NULL CHECK (places BETWEEN 1 AND 100000),
      start_date date NOT NULL,
      end_date date CHECK (end_date IS NULL OR end_date >= start_date),
      unit_codes text[] NOT NULL DEFAULT '{}',
      job_track_id uuid REFERENCES job_track(id),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      closed_at timestamptz,
      closed_reason text CHECK (closed_reason IS NULL OR char_length(btrim(closed_reason)) BETWEEN 1 AND 2000),
      closed_by uuid REFERENCES app_user(id),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK ((kind = 'job_track') = (job_track_id IS NOT NULL)),
      CHECK ((status = 'closed') = (closed_at IS NOT NULL AND closed_reason IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX employer_offer_cooperation_idx ON employer_offer (cooperation_id, status)`.execute(db);
  await sql`
    CREATE TABLE employer_offer_outcome (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      offer_id uuid NOT NULL REFERENCES employer_offer(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-H[12]$'),
      recorded_by uuid REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      superseded_at timestamptz
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX employer_offer_outcome_current_idx ON employer_offer_outcome (offer_id, period) WHERE superseded_at IS NULL`.execute(db);
  await sql`
    CREATE TABLE employer_offer_outcome_cell (
      outcome_id uuid NOT NULL REFERENCES employer_offer_outcome(id),
      measure text NOT NULL CHECK (measure IN ('started', 'employed')),
      dimension text CHECK (dimension IN ('gender', 'target_group')),
      category text,
      value integer NOT NULL CHECK (value >= 0),
      FOREIGN KEY (dimension, category) REFERENCES measurement_category (dimension, code),
      CHECK ((dimension IS NULL) = (category IS NULL)),
      UNIQUE NULLS NOT DISTINCT (outcome_id, measure, dimension, category)
    )`.execute(db);
}
