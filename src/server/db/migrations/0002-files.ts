import { type Kysely, sql } from 'kysely';

/**
 * Uploaded files: one row per upload, pointing at content stored once per SHA-256 hash. Rows are
 * never deleted (documents are official records), so there is no down migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // size_bytes is an integer: uploads are capped far below its 2 GiB range.
  await sql`
    CREATE TABLE file (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      storage_key text NOT NULL CHECK (char_length(storage_key) BETWEEN 1 AND 200),
      original_name text NOT NULL CHECK (char_length(original_name) BETWEEN 1 AND 255),
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes >= 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_by uuid REFERENCES app_user(id),
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX file_sha256_idx ON file (sha256)`.execute(db);
  await sql`CREATE INDEX file_uploaded_by_idx ON file (uploaded_by, uploaded_at)`.execute(db);
}
