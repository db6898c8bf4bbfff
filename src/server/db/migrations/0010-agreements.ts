import { type Kysely, sql } from 'kysely';

/**
 * Agreements of cooperations (IOP-5, AGR-7): each agreement keeps every version (a revision adds
 * one and leaves the old unchanged), with its terms sections, term, parties, economy and the
 * signed document; numbered annexes keep every version with the decision that adopted it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE agreement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
      current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'terminated')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX agreement_cooperation_idx ON agreement (cooperation_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE agreement_version (
      agreement_id uuid NOT NULL REFERENCES agreement(id),
      number integer NOT NULL CHECK (number >= 1),
      terms jsonb NOT NULL DEFAULT '{}',
      start_date date,
      end_date date,
      notice_months integer CHECK (notice_months IS NULL OR notice_months >= 0),
      parties jsonb NOT NULL DEFAULT '[]',
      economy jsonb NOT NULL DEFAULT '[]',
      signed_file_id uuid REFERENCES file(id),
      signed_on date,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (agreement_id, number),
      CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date),
      CHECK ((signed_file_id IS NULL) = (signed_on IS NULL))
    )`.execute(db);

  await sql`
    CREATE TABLE agreement_annex (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreement(id),
      number integer NOT NULL CHECK (number >= 1),
      title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (agreement_id, number)
    )`.execute(db);

  await sql`
    CREATE TABLE agreement_annex_version (
      annex_id uuid NOT NULL REFERENCES agreement_annex(id),
      number integer NOT NULL CHECK (number >= 1),
      file_id uuid REFERENCES file(id),
      text text,
      decision_reference text NOT NULL CHECK (char_length(btrim(decision_reference)) BETWEEN 1 AND 200),
      decided_on date NOT NULL,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (annex_id, number)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE agreement_annex_version`.execute(db);
  await sql`DROP TABLE agreement_annex`.execute(db);
  await sql`DROP TABLE agreement_version`.execute(db);
  await sql`DROP TABLE agreement`.execute(db);
}
