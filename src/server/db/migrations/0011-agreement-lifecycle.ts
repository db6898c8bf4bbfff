import { type Kysely, sql } from 'kysely';

/**
 * The end and the yearly review of cooperations (IOP-8, AGR-7): an annual review per agreement
 * and year, by the responsible manager with the review group consulted, with outcome and
 * reasons; and a termination per cooperation, by notice (ends on the computed date) or by
 * rescission (ends at once), with reason and evidence. Nothing is deleted: a withdrawn notice
 * keeps its row with the time it was withdrawn.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE annual_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreement(id),
      review_year integer NOT NULL CHECK (review_year BETWEEN 1900 AND 2200),
      trigger text NOT NULL CHECK (trigger IN ('yearly', 'competitive_situation', 'need_ended')),
      reviewed_on date NOT NULL,
      responsible_manager_id uuid NOT NULL REFERENCES app_user(id),
      review_group_consulted_on date NOT NULL,
      review_meeting_id uuid REFERENCES review_meeting(id),
      outcome text NOT NULL CHECK (outcome IN ('continue', 'revise', 'terminate')),
      reasons text NOT NULL CHECK (char_length(btrim(reasons)) BETWEEN 1 AND 10000),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX annual_review_agreement_idx ON annual_review (agreement_id, review_year DESC, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE cooperation_termination (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      kind text NOT NULL CHECK (kind IN ('notice', 'rescission')),
      reason text NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 1 AND 5000),
      evidence_file_id uuid REFERENCES file(id),
      evidence_note text,
      given_on date NOT NULL,
      effective_on date NOT NULL CHECK (effective_on >= given_on),
      effected_at timestamptz,
      withdrawn_at timestamptz,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (evidence_file_id IS NOT NULL OR evidence_note IS NOT NULL),
      CHECK (effected_at IS NULL OR withdrawn_at IS NULL)
    )`.execute(db);
  // At most one termination in force per cooperation; a withdrawn one may be followed by another.
  await sql`CREATE UNIQUE INDEX cooperation_termination_open_idx ON cooperation_termination (cooperation_id) WHERE withdrawn_at IS NULL`.execute(db);
  // The sweep that ends cooperations whose notice has run out reads the pending ones by date.
  await sql`CREATE INDEX cooperation_termination_pending_idx ON cooperation_termination (effective_on) WHERE effected_at IS NULL AND withdrawn_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE cooperation_termination`.execute(db);
  await sql`DROP TABLE annual_review`.execute(db);
}
