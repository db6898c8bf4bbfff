import { sql } from 'kysely';
import type { AuditQuery } from '../../../shared/audit/audit.schemas';
import type { Db } from '../../db/database';
import type { AuditLogRow, AuditLogTable } from '../../db/schema';

export const GENESIS_HASH = '0'.repeat(64);
// Serialises writers of the chain so each row links to the one committed before it.
const AUDIT_CHAIN_LOCK = 7_320_115_001;

export type AuditInsert = Omit<AuditLogTable, 'id' | 'prev_hash' | 'hash' | 'changes'> & {
  changes: Record<string, { before?: unknown; after?: unknown }>;
};

/** Locks the chain for this transaction and returns the hash of the last row. */
export async function lockChainAndGetLastHash(trx: Db): Promise<string> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.hash ?? GENESIS_HASH;
}

/** Appends one row to the audit log. */
export async function insertAuditRow(trx: Db, row: AuditInsert & { prev_hash: string; hash: string }): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({ ...row, changes: JSON.stringify(row.changes) })
    .execute();
}

/** Audit rows matching a filter, newest first, one more than the limit to detect a next page. */
export async function findAuditRows(db: Db, q: AuditQuery, afterId: string | undefined): Promise<AuditLogRow[]> {
  let query = filtered(db, q).selectAll();
  if (afterId) query = query.where('id', '<', afterId);
  return query.orderBy('id', 'desc').limit(q.limit + 1).execute();
}

/** How many audit rows match a filter. */
export async function countAuditRows(db: Db, q: AuditQuery): Promise<number> {
  const row = await filtered(db, q).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function filtered(db: Db, q: AuditQuery) {
  let query = db.selectFrom('audit_log');
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.action) query = query.where('action', 'like', `${q.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (q.from) query = query.where('occurred_at', '>=', new Date(q.from));
  if (q.to) query = query.where('occurred_at', '<=', new Date(q.to));
  return query;
}

/** A batch of the chain in id order, for verification. */
export async function readChainBatch(db: Db, afterId: string | null, size: number): Promise<AuditLogRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.orderBy('id', 'asc').limit(size).execute();
}

export type AuditHeadRow = { id: string; hash: string; occurred_at: Date; rows: string };

/**
 * The last row of the chain with the number of rows, read in one statement so that both come
 * from the same snapshot; undefined while the log is empty.
 */
export async function readLastAuditRow(db: Db): Promise<AuditHeadRow | undefined> {
  const result = await sql<AuditHeadRow>`
    SELECT id, hash, occurred_at, (SELECT count(*) FROM audit_log) AS rows
    FROM audit_log ORDER BY id DESC LIMIT 1`.execute(db);
  return result.rows[0];
}

/** The hashes of the rows with these ids (ids without a row are absent from the map). */
export async function findAuditHashes(db: Db, ids: string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const rows = await db.selectFrom('audit_log').select(['id', 'hash']).where('id', 'in', chunk).execute();
    for (const row of rows) hashes.set(String(row.id), row.hash);
  }
  return hashes;
}
