import { type Kysely, sql } from 'kysely';

/**
 * Democracy assessments prepared by an officer and signed by a manager (DEM-3): an assessment in
 * preparation (`democracy_assessment_draft`) is worked on, handed over to a named manager, sent
 * back with a comment or signed; at most one per organisation is open at a time (partial unique
 * index). Drafts are a table of their own so that nothing reading `democracy_assessment` — the
 * status, eligibility, the register's filters — can ever count one.
 *
 * Signed assessments gain the common basis of the answers (which sources were checked) with its
 * evidence, who prepared them, and the answers the signer changed in review. The stored answers
 * are not rewritten: `met` and `applies` keep their meaning, only the questions on screen were
 * reworded. Before this migration only the signing manager could make an assessment, so the
 * signer is also its preparer; those rows keep a null basis (each answer was motivated then).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE democracy_assessment_draft (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready_for_signing', 'returned', 'signed', 'discarded')),
      conditions jsonb NOT NULL,
      exclusions jsonb NOT NULL,
      basis text NOT NULL DEFAULT '',
      evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
      summary text NOT NULL DEFAULT '',
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      signer_id uuid REFERENCES app_user(id),
      handed_over_by uuid REFERENCES app_user(id),
      handed_over_at timestamptz,
      handed_over_answers jsonb,
      returned_by uuid REFERENCES app_user(id),
      returned_at timestamptz,
      return_comment text,
      assessment_id uuid REFERENCES democracy_assessment(id),
      version integer NOT NULL DEFAULT 1,
      CHECK (status <> 'ready_for_signing' OR (signer_id IS NOT NULL AND handed_over_at IS NOT NULL)),
      CHECK (status <> 'returned' OR (returned_at IS NOT NULL AND return_comment IS NOT NULL)),
      CHECK (status <> 'signed' OR assessment_id IS NOT NULL)
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX democracy_assessment_draft_open_idx ON democracy_assessment_draft (organisation_id)
    WHERE status IN ('draft', 'ready_for_signing', 'returned')`.execute(db);
  await sql`
    CREATE INDEX democracy_assessment_draft_signer_idx ON democracy_assessment_draft (signer_id, handed_over_at)
    WHERE status = 'ready_for_signing'`.execute(db);
  await sql`
    CREATE INDEX democracy_assessment_draft_creator_idx ON democracy_assessment_draft (created_by, updated_at)
    WHERE status IN ('draft', 'ready_for_signing', 'returned')`.execute(db);

  await sql`
    ALTER TABLE democracy_assessment
      ADD COLUMN basis text,
      ADD COLUMN evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN prepared_by uuid REFERENCES app_user(id),
      ADD COLUMN prepared_at timestamptz,
      ADD COLUMN review_changes jsonb NOT NULL DEFAULT '[]'::jsonb`.execute(db);
  await sql`UPDATE democracy_assessment SET prepared_by = signed_by, prepared_at = signed_at`.execute(db);
  await sql`ALTER TABLE democracy_assessment ALTER COLUMN prepared_by SET NOT NULL, ALTER COLUMN prepared_at SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE democracy_assessment DROP COLUMN basis, DROP COLUMN evidence, DROP COLUMN prepared_by, DROP COLUMN prepared_at, DROP COLUMN review_changes`.execute(db);
  await sql`DROP TABLE democracy_assessment_draft`.execute(db);
}
