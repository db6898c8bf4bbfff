import { type Kysely, sql } from 'kysely';

/**
 * The structure and yearly work of governance bodies (AGR-3, AGR-7, IOP-7): each body's
 * representation as an agreement lists it (which organisation or part of it sends whom — units,
 * offices, district administrations), files attached to meetings, and the annual cycle's tasks
 * per steering group and year (plan next year in the autumn, follow up in the spring), the plan
 * task linked to the annex version that holds the adopted plan and budget.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE governance_body_representation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      party text NOT NULL CHECK (char_length(btrim(party)) BETWEEN 1 AND 200),
      organisation_id uuid REFERENCES organisation(id),
      representative text NOT NULL CHECK (char_length(btrim(representative)) BETWEEN 1 AND 300),
      kind text NOT NULL DEFAULT 'other' CHECK (kind IN ('role', 'unit', 'office', 'district_administration', 'other')),
      sort_order integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX governance_body_representation_body_idx ON governance_body_representation (body_id, sort_order, id)`.execute(db);

  await sql`
    CREATE TABLE governance_meeting_attachment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES governance_meeting(id),
      file_id uuid NOT NULL REFERENCES file(id),
      title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX governance_meeting_attachment_meeting_idx ON governance_meeting_attachment (meeting_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE governance_cycle_task (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      cycle_year integer NOT NULL CHECK (cycle_year BETWEEN 1900 AND 2200),
      kind text NOT NULL CHECK (kind IN ('plan_next_year', 'follow_up')),
      due_on date NOT NULL,
      done_at timestamptz,
      done_by uuid REFERENCES app_user(id),
      note text,
      annex_id uuid REFERENCES agreement_annex(id),
      annex_version integer,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (body_id, cycle_year, kind),
      CHECK ((annex_id IS NULL) = (annex_version IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX governance_cycle_task_due_idx ON governance_cycle_task (due_on) WHERE done_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE governance_cycle_task`.execute(db);
  await sql`DROP TABLE governance_meeting_attachment`.execute(db);
  await sql`DROP TABLE governance_body_representation`.execute(db);
}
