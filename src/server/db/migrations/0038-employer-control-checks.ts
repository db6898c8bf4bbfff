import { type Kysely, sql } from 'kysely';

/**
 * The checks made of an employer's controls (EMP-2): one row per check of one control, never
 * changed or deleted (a new check supersedes it), with its result, the evidence behind it (a
 * document or a reference, e.g. an extract of the tax account), the day it was made, who made
 * it and the last day it holds. The collective-agreement answer is kept apart because the
 * committee reports on it. A reset (EMP-3: an immediate termination) makes every earlier check
 * of the employer count for nothing, so a new partnership needs a fresh control round.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE employer_control_check (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      programme_code text NOT NULL,
      control_code text NOT NULL,
      result text NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable')),
      collective_agreement text CHECK (collective_agreement IN ('yes', 'no', 'equivalent_terms')),
      evidence_reference text CHECK (evidence_reference IS NULL OR char_length(btrim(evidence_reference)) BETWEEN 1 AND 500),
      evidence_file_id uuid REFERENCES file(id),
      note text CHECK (note IS NULL OR char_length(note) <= 2000),
      checked_on date NOT NULL,
      valid_until date NOT NULL CHECK (valid_until >= checked_on),
      checked_by uuid REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (programme_code, control_code) REFERENCES employer_control(programme_code, code),
      CHECK (collective_agreement IS NULL OR control_code = 'collective_agreement')
    )`.execute(db);
  await sql`CREATE INDEX employer_control_check_organisation_idx ON employer_control_check (organisation_id, control_code, checked_on DESC, recorded_at DESC)`.execute(db);
  await sql`CREATE INDEX employer_control_check_valid_until_idx ON employer_control_check (valid_until)`.execute(db);
  await sql`CREATE UNIQUE INDEX employer_control_check_evidence_file_idx ON employer_control_check (evidence_file_id) WHERE evidence_file_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE employer_control_reset (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      reset_at timestamptz NOT NULL DEFAULT now(),
      cooperation_id uuid REFERENCES cooperation(id),
      reason text NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 1 AND 2000),
      created_by uuid REFERENCES app_user(id)
    )`.execute(db);
  await sql`CREATE INDEX employer_control_reset_organisation_idx ON employer_control_reset (organisation_id, reset_at DESC)`.execute(db);
}
