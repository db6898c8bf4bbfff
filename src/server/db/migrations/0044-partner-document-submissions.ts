import { type Kysely, sql } from 'kysely';

/**
 * Partner-control documents a partner submits from the partner portal (ORG-4, issue 15).
 *
 * `partner_document_submission` is one submission by a partner account for its organisation: a
 * document of an ORG-4 kind with its file and year, or a note that the document does not exist with
 * the reason. It waits as 'submitted' until staff accept it — then it is registered as the
 * organisation's document (`accepted_document_id`) or absence, as if staff had recorded it — or
 * return it with a comment the partner reads. Nothing is deleted; a returned submission stays and
 * the partner submits anew.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE partner_document_submission (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      document_type text NOT NULL,
      year integer CHECK (year IS NULL OR year BETWEEN 1900 AND 2200),
      file_id uuid REFERENCES file(id),
      absence_reason text CHECK (absence_reason IS NULL OR char_length(btrim(absence_reason)) BETWEEN 1 AND 1000),
      note text CHECK (note IS NULL OR char_length(note) <= 500),
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'returned')),
      submitted_by uuid REFERENCES app_user(id),
      submitted_at timestamptz NOT NULL DEFAULT now(),
      reviewed_by uuid REFERENCES app_user(id),
      reviewed_at timestamptz,
      review_comment text CHECK (review_comment IS NULL OR char_length(btrim(review_comment)) BETWEEN 1 AND 2000),
      accepted_document_id uuid REFERENCES organisation_document(id),
      version integer NOT NULL DEFAULT 1,
      CHECK ((file_id IS NOT NULL AND year IS NOT NULL AND absence_reason IS NULL) OR (file_id IS NULL AND year IS NULL AND absence_reason IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX partner_document_submission_org_idx ON partner_document_submission (organisation_id, status, submitted_at)`.execute(db);
  // One waiting submission of a kind per organisation: staff never choose between two answers (the service says so first, 409).
  await sql`CREATE UNIQUE INDEX partner_document_submission_waiting_idx ON partner_document_submission (organisation_id, document_type) WHERE status = 'submitted'`.execute(db);
}
