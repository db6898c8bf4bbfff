import { sql } from 'kysely';
import type { Db } from '../../db/database';

/**
 * Claims a blob key: inserts its row unless one exists. True when this call inserted it and must
 * write the chunks; a concurrent transaction inserting the same key waits here until the other
 * commits (then false) or rolls back (then true).
 */
export async function claimBlob(db: Db, sha256: string, sizeBytes: number, chunkCount: number): Promise<boolean> {
  const row = await db
    .insertInto('file_blob')
    .values({ sha256, size_bytes: sizeBytes, chunk_count: chunkCount })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returning('sha256')
    .executeTakeFirst();
  return row !== undefined;
}

/** Writes one chunk of a blob. */
export async function insertBlobChunk(db: Db, sha256: string, seq: number, data: Uint8Array): Promise<void> {
  await db.insertInto('file_blob_chunk').values({ sha256, seq, data }).execute();
}

/** A blob's size and chunk count, if it exists. */
export async function findBlob(db: Db, sha256: string): Promise<{ sizeBytes: number; chunkCount: number } | undefined> {
  const row = await db.selectFrom('file_blob').select(['size_bytes', 'chunk_count']).where('sha256', '=', sha256).executeTakeFirst();
  return row && { sizeBytes: Number(row.size_bytes), chunkCount: row.chunk_count };
}

/** One chunk's bytes, if it exists. */
export async function findBlobChunk(db: Db, sha256: string, seq: number): Promise<Buffer | undefined> {
  const row = await db.selectFrom('file_blob_chunk').select('data').where('sha256', '=', sha256).where('seq', '=', seq).executeTakeFirst();
  return row?.data;
}

/** Deletes blobs that no file row points at and that were written before `olderThan`; returns how many. */
export async function deleteOrphanBlobs(db: Db, olderThan: Date): Promise<number> {
  const result = await sql`
    DELETE FROM file_blob b
    WHERE b.created_at < ${olderThan}
      AND NOT EXISTS (SELECT 1 FROM file f WHERE f.storage_key = b.sha256)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Files whose content has no blob yet, oldest first (for the move from the local folder). */
export function listFilesWithoutBlob(db: Db): Promise<{ id: string; storage_key: string; original_name: string; size_bytes: number; sha256: string }[]> {
  return db
    .selectFrom('file')
    .select(['file.id', 'file.storage_key', 'file.original_name', 'file.size_bytes', 'file.sha256'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('file_blob').select('file_blob.sha256').whereRef('file_blob.sha256', '=', 'file.storage_key'))))
    .orderBy('file.uploaded_at')
    .orderBy('file.id')
    .execute();
}

/** Whether any file row lacks its blob (a cheap check at start-up). */
export async function anyFileWithoutBlob(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('file')
    .select('file.id')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('file_blob').select('file_blob.sha256').whereRef('file_blob.sha256', '=', 'file.storage_key'))))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** How many file rows already have their content in the database. */
export async function countFilesWithBlob(db: Db): Promise<number> {
  const row = await db
    .selectFrom('file')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(({ exists, selectFrom }) => exists(selectFrom('file_blob').select('file_blob.sha256').whereRef('file_blob.sha256', '=', 'file.storage_key')))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
