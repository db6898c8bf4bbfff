import { type Kysely, sql } from 'kysely';

/**
 * File content in the database (issue 16, decision 019), in PostgreSQL and the embedded database
 * alike, so a backup holds the files, the move to PostgreSQL carries them along and every app
 * process can serve every file.
 *
 * `file_blob` is one piece of content, addressed by its SHA-256 (what `file.storage_key` holds);
 * `file_blob_chunk` holds it in chunks in `seq` order, so a large file is never one huge value and
 * is read a chunk at a time. Content is written in the same transaction as the file row that
 * points at it; a blob no row points at is removed by the `files.remove-orphan-blobs` job.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE file_blob (
      sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
      chunk_count integer NOT NULL CHECK (chunk_count >= 0),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE file_blob_chunk (
      sha256 text NOT NULL REFERENCES file_blob(sha256) ON DELETE CASCADE,
      seq integer NOT NULL CHECK (seq >= 0),
      data bytea NOT NULL,
      PRIMARY KEY (sha256, seq)
    )`.execute(db);
  // Uploads are mostly compressed already (PDF, images, zip-based documents): storing chunks
  // out of line without another compression pass saves work on every write and read.
  await sql`ALTER TABLE file_blob_chunk ALTER COLUMN data SET STORAGE EXTERNAL`.execute(db);
  // The orphan cleanup asks, per blob, whether any file row still points at it.
  await sql`CREATE INDEX file_storage_key_idx ON file (storage_key)`.execute(db);
  await sql`CREATE INDEX file_blob_created_at_idx ON file_blob (created_at)`.execute(db);
}
