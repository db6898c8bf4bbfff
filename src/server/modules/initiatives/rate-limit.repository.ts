import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** The setting that holds this installation's key for hashing client addresses. */
const HASH_KEY_SETTING = 'rate_limit.hash_key';

/**
 * This installation's key for hashing client addresses, created on first use. A concurrent first
 * use by another process keeps whichever key was stored first.
 */
export async function findOrCreateHashKey(db: Db, candidate: string): Promise<string> {
  await db
    .insertInto('setting')
    .values({ key: HASH_KEY_SETTING, value: JSON.stringify(candidate), updated_at: new Date() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('setting').select('value').where('key', '=', HASH_KEY_SETTING).executeTakeFirstOrThrow();
  return String(row.value);
}

/** Serialises counting for one client within the calling transaction, so two requests cannot both take the last slot. */
export async function lockRateLimitKey(db: Db, bucket: string, keyHash: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`${bucket}:${keyHash}`}))`.execute(db);
}

/** When a client's hits in a bucket since a moment happened, oldest first. */
export async function findHitsSince(db: Db, bucket: string, keyHash: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('rate_limit_hit')
    .select('hit_at')
    .where('bucket', '=', bucket)
    .where('key_hash', '=', keyHash)
    .where('hit_at', '>=', since)
    .orderBy('hit_at', 'asc')
    .execute();
  return rows.map((r) => r.hit_at);
}

/** Records one hit of a client in a bucket. */
export async function insertHit(db: Db, bucket: string, keyHash: string, at: Date): Promise<void> {
  await db.insertInto('rate_limit_hit').values({ bucket, key_hash: keyHash, hit_at: at }).execute();
}

/** Forgets a bucket's hits from before a moment: they count for nothing any more. */
export async function deleteHitsBefore(db: Db, bucket: string, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit_hit').where('bucket', '=', bucket).where('hit_at', '<', before).execute();
}
