import { sql } from 'kysely';
import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase } from '../../../tests/support/app-process';
import { onPostgres } from '../../../tests/support/test-database';
import { type DatabaseHandle, openDatabase } from './database';
import { knownMigrationNames, MIGRATION_ADVISORY_LOCK_KEY, migrateToLatest } from './migrations';
import { ensureFirstAdmin, FIRST_ADMIN_ADVISORY_LOCK_KEY } from './seed/first-run';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  cleanup = [];
});

/** An empty database (not migrated) on the test server, and one connection held apart from the pool. */
async function emptyDatabaseWithSecondSession(): Promise<{ handle: DatabaseHandle; other: pg.PoolClient }> {
  const database = await createEmptyPostgresDatabase(process.env.TEST_DATABASE_URL ?? '', 'samverkan_locks');
  cleanup.push(database.drop);
  const handle = await openDatabase({ kind: 'postgres', url: database.url, poolSize: 4 });
  cleanup.push(handle.close);
  const other = await handle.pool!.connect();
  cleanup.push(async () => other.release());
  return { handle, other };
}

/** Whether the promise is still pending after a moment. */
async function stillPending(promise: Promise<unknown>, ms = 400): Promise<boolean> {
  const pending = Symbol('pending');
  const outcome = await Promise.race([promise.then(() => 'settled', () => 'settled'), new Promise((resolve) => setTimeout(() => resolve(pending), ms))]);
  return outcome === pending;
}

describe.runIf(onPostgres)('start-up locks (issue 16: several processes start together on one database)', () => {
  it('a migration run waits for the migration lock another session holds, even on a fresh database, then the next finds nothing to do', async () => {
    const { handle, other } = await emptyDatabaseWithSecondSession();
    await other.query(`SELECT pg_advisory_lock(${MIGRATION_ADVISORY_LOCK_KEY})`);

    const first = migrateToLatest(handle.db);
    expect(await stillPending(first)).toBe(true);
    // Not even Kysely's bookkeeping tables were created meanwhile.
    const table = await sql<{ t: string | null }>`SELECT to_regclass('kysely_migration')::text AS t`.execute(handle.db);
    expect(table.rows[0]?.t).toBeNull();

    const second = migrateToLatest(handle.db);
    await other.query(`SELECT pg_advisory_unlock(${MIGRATION_ADVISORY_LOCK_KEY})`);
    const [ranFirst, ranSecond] = await Promise.all([first, second]);
    expect([...ranFirst, ...ranSecond].sort()).toEqual([...knownMigrationNames()].sort());
    expect(Math.min(ranFirst.length, ranSecond.length)).toBe(0);
    const held = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(handle.db);
    expect(held.rows[0]?.n).toBe(0);
  });

  it('the first administrator is created once when two processes ask at the same moment', async () => {
    const { handle, other } = await emptyDatabaseWithSecondSession();
    await migrateToLatest(handle.db);
    await other.query('BEGIN');
    await other.query(`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_ADVISORY_LOCK_KEY})`);

    const given = { email: 'it@stockholm.se', password: 'a-long-admin-password' };
    const both = Promise.all([ensureFirstAdmin(handle.db, given), ensureFirstAdmin(handle.db, given)]);
    expect(await stillPending(both)).toBe(true);
    await other.query('COMMIT');

    const results = await both;
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    const users = await handle.db.selectFrom('app_user').select('email').execute();
    expect(users).toEqual([{ email: 'it@stockholm.se' }]);
  });
});
