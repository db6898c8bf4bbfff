import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Runs a trivial query; throws when the database does not answer. */
export async function checkDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

/**
 * The names of the migrations the database records as run; empty before the first migration
 * created Kysely's bookkeeping table. A migration under way is not listed until it commits.
 */
export async function findExecutedMigrationNames(db: Db): Promise<string[]> {
  const table = await sql<{ present: boolean }>`SELECT to_regclass('kysely_migration') IS NOT NULL AS present`.execute(db);
  if (table.rows[0]?.present !== true) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  return rows.rows.map((r) => r.name);
}
