import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** The audit chain's last row (id and hash), or undefined while the chain is empty. */
export async function findAuditHead(db: Db): Promise<{ id: string; hash: string } | undefined> {
  return db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** The last migration the database records as run, or null before the first. */
export async function findLastMigrationName(db: Db): Promise<string | null> {
  const table = await sql<{ present: boolean }>`SELECT to_regclass('kysely_migration') IS NOT NULL AS present`.execute(db);
  if (table.rows[0]?.present !== true) return null;
  const rows = await sql<{ name: string | null }>`SELECT max(name) AS name FROM kysely_migration`.execute(db);
  return rows.rows[0]?.name ?? null;
}

/**
 * What makes a database not empty for a restore: its tables in schema `public` (a few named)
 * and whether the job queue's schema `pgboss` exists.
 */
export async function describeDatabaseContents(db: Db): Promise<{ publicTables: string[]; tableCount: number; pgboss: boolean }> {
  const tables = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`.execute(db);
  const pgboss = await sql<{ present: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') AS present`.execute(db);
  return {
    publicTables: tables.rows.slice(0, 5).map((r) => r.name),
    tableCount: tables.rows.length,
    pgboss: pgboss.rows[0]?.present === true,
  };
}

/**
 * Runs `work` inside a read-only repeatable-read transaction whose snapshot is exported, so that
 * `pg_dump --snapshot` dumps exactly the state the manifest's audit head is read from (PostgreSQL
 * only). The snapshot stays valid until `work` returns and the transaction ends.
 */
export async function withExportedSnapshot<T>(db: Db, work: (trx: Db, snapshot: string) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const row = await sql<{ snapshot: string }>`SELECT pg_export_snapshot() AS snapshot`.execute(trx);
      const snapshot = row.rows[0]?.snapshot;
      if (!snapshot) throw new Error('pg_export_snapshot returned nothing');
      return work(trx, snapshot);
    });
}
