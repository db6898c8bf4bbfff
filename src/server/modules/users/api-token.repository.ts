import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ApiTokenRow } from '../../db/schema';
import type { Role } from '../../../shared/users/roles';

/** Stores a new token (only its hash) and returns the row. */
export function insertApiToken(
  db: Db,
  token: { name: string; tokenHash: string; prefix: string; roles: Role[]; createdBy: string | null; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_token')
    .values({
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      roles: token.roles,
      created_by: token.createdBy,
      expires_at: token.expiresAt,
      created_at: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The token with this hash, if any. */
export function findApiTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** The token with this id, if any. */
export function findApiTokenById(db: Db, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a token as used now, unless a concurrent request already did within the minute. */
export async function touchApiToken(db: Db, id: string, at: Date): Promise<void> {
  await db
    .updateTable('api_token')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(at.getTime() - 60_000))]))
    .execute();
}

/** Revokes a token if its version still matches; undefined when someone changed it first. */
export function revokeApiTokenIfVersion(db: Db, id: string, version: number, at: Date): Promise<ApiTokenRow | undefined> {
  return db
    .updateTable('api_token')
    .set({ revoked_at: at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Tokens newest first, after the cursor's (created_at, id); one extra row. */
export function findApiTokens(
  db: Db,
  q: { limit: number; includeRevoked?: boolean | undefined },
  after: [string, string] | undefined,
): Promise<ApiTokenRow[]> {
  let query = db.selectFrom('api_token').selectAll();
  if (!q.includeRevoked) query = query.where('revoked_at', 'is', null);
  if (after) query = query.where(sql<boolean>`(created_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit + 1).execute();
}

/** How many tokens a listing covers. */
export async function countApiTokens(db: Db, q: { includeRevoked?: boolean | undefined }): Promise<number> {
  let query = db.selectFrom('api_token');
  if (!q.includeRevoked) query = query.where('revoked_at', 'is', null);
  const row = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
