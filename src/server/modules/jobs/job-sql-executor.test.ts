import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../../db/database';
import { ownPoolExecutor, sharedConnectionExecutor } from './job-sql-executor';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const executorOf = (db: DatabaseHandle) => (db.kind === 'postgres' && db.connectionString ? ownPoolExecutor(db.connectionString, 1) : sharedConnectionExecutor(db.db));

describe('the job queue on the database (decision 009)', () => {
  it('a failing transaction script of pg-boss is rolled back on its connection, so the app (on PGlite: the same session) goes on working', async () => {
    const executor = executorOf(database);
    await expect(executor.executeSql('BEGIN; SELECT 1; SELECT 1 / 0; COMMIT;')).rejects.toThrow(/division by zero/);
    const after = await executor.executeSql('SELECT 2 AS two');
    expect(after.rows).toEqual([{ two: 2 }]);
    expect((await sql<{ n: number }>`SELECT 3 AS n`.execute(database.db)).rows).toEqual([{ n: 3 }]);
    await executor.close();
  });

  it('closing waits for the statements under way, and later ones find nothing instead of a closed database', async () => {
    const executor = executorOf(database);
    const slow = executor.executeSql('SELECT pg_sleep(0.2), 1 AS done');
    await executor.close();
    expect((await slow).rows).toEqual([expect.objectContaining({ done: 1 })]);
    expect(await executor.executeSql('SELECT 1')).toEqual({ rows: [] });
  });
});
