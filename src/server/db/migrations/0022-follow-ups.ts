import { type Kysely, sql } from 'kysely';

/**
 * Follow-ups as records (AGR-5, IOP-7). A record belongs to a cooperation and has a kind: the
 * operative follow-up each semester and the strategic follow-up each year of the agreement with
 * Arbetsförmedlingen, the IOP steering group's yearly follow-up, and the twice-yearly routine
 * follow-up of each cluster. It names the body that held it, optionally its meeting, and keeps
 * participants, results against the plan, deviations from plan and the conclusion.
 *
 * One record per cooperation, kind and period — and per cluster for the routine follow-up, which
 * the cluster itself holds — enforced by two partial unique indexes.
 *
 * The routine follow-up answers a template of questions kept by the agreement's own joint
 * beredningsgrupp (a governance body of the agreement; not the administration's internal review
 * group of INI-7). A template is versioned: every save is a new version with its questions, and a
 * record keeps the version it answered, with one answer per question.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE follow_up_template (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL UNIQUE REFERENCES governance_body(id),
      current_version integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`
    CREATE TABLE follow_up_template_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      template_id uuid NOT NULL REFERENCES follow_up_template(id),
      number integer NOT NULL CHECK (number >= 1),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (template_id, number)
    )`.execute(db);
  await sql`
    CREATE TABLE follow_up_template_question (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      template_version_id uuid NOT NULL REFERENCES follow_up_template_version(id),
      position integer NOT NULL,
      text text NOT NULL,
      UNIQUE (template_version_id, position)
    )`.execute(db);
  await sql`
    CREATE TABLE follow_up_record (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      kind text NOT NULL CHECK (kind IN ('operative_semester', 'strategic_yearly', 'iop_yearly', 'cluster_routine')),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}(-H[12])?$'),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      meeting_id uuid REFERENCES governance_meeting(id),
      held_on date NOT NULL,
      participants text NOT NULL,
      results text,
      deviations text,
      conclusion text NOT NULL,
      template_version_id uuid REFERENCES follow_up_template_version(id),
      cycle_task_id uuid REFERENCES governance_cycle_task(id),
      recorded_by uuid REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK ((kind IN ('operative_semester', 'cluster_routine')) = (period LIKE '%-H_')),
      CHECK ((kind = 'cluster_routine') = (template_version_id IS NOT NULL))
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX follow_up_record_period_uq ON follow_up_record (cooperation_id, kind, period)
    WHERE kind <> 'cluster_routine'`.execute(db);
  await sql`
    CREATE UNIQUE INDEX follow_up_record_cluster_period_uq ON follow_up_record (cooperation_id, kind, period, body_id)
    WHERE kind = 'cluster_routine'`.execute(db);
  await sql`CREATE INDEX follow_up_record_cooperation_idx ON follow_up_record (cooperation_id, held_on DESC)`.execute(db);
  await sql`
    CREATE TABLE follow_up_answer (
      record_id uuid NOT NULL REFERENCES follow_up_record(id),
      question_id uuid NOT NULL REFERENCES follow_up_template_question(id),
      answer text NOT NULL CHECK (answer IN ('yes', 'partly', 'no')),
      comment text,
      PRIMARY KEY (record_id, question_id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE follow_up_answer`.execute(db);
  await sql`DROP TABLE follow_up_record`.execute(db);
  await sql`DROP TABLE follow_up_template_question`.execute(db);
  await sql`DROP TABLE follow_up_template_version`.execute(db);
  await sql`DROP TABLE follow_up_template`.execute(db);
}
