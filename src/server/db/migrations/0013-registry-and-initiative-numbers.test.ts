import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../database';
import { migrateToLatest, migrateUpTo } from '../migrations';

let handle: DatabaseHandle;
beforeAll(async () => {
  // A database of its own that stops before this migration, with initiatives already in it.
  handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrateUpTo(handle.db, '0012-governance-structure');
});
afterAll(() => handle.close());

const insert = (title: string, createdAt: string) =>
  sql`INSERT INTO initiative (title, origin, brief, created_at, updated_at) VALUES (${title}, 'internal', 'Underlag', ${createdAt}::timestamptz, ${createdAt}::timestamptz)`.execute(
    handle.db,
  );

describe('migration 0013: readable initiative numbers (INI-1)', () => {
  it('INI-1: numbers the initiatives already registered per year in the order they came, then goes on without gaps', async () => {
    await insert('Andra 2025', '2025-06-01T10:00:00Z');
    await insert('Första 2025', '2025-02-01T10:00:00Z');
    await insert('Första 2026', '2026-01-15T10:00:00Z');
    await migrateToLatest(handle.db);
    const numbered = await handle.db
      .selectFrom('initiative')
      .select(['title', 'number_year', 'number_sequence'])
      .orderBy('number_year')
      .orderBy('number_sequence')
      .execute();
    expect(numbered).toEqual([
      { title: 'Första 2025', number_year: 2025, number_sequence: 1 },
      { title: 'Andra 2025', number_year: 2025, number_sequence: 2 },
      { title: 'Första 2026', number_year: 2026, number_sequence: 1 },
    ]);

    // A new initiative continues its year; one rolled back gives its number back.
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('initiative').values({ title: 'Ångrat', origin: 'internal', brief: 'x', number_year: 2025 }).execute();
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    const next = await handle.db
      .insertInto('initiative')
      .values({ title: 'Tredje 2025', origin: 'internal', brief: 'x', number_year: 2025 })
      .returning(['number_year', 'number_sequence'])
      .executeTakeFirstOrThrow();
    expect(next).toEqual({ number_year: 2025, number_sequence: 3 });
    const newYear = await handle.db
      .insertInto('initiative')
      .values({ title: 'Första 2027', origin: 'internal', brief: 'x', number_year: 2027 })
      .returning('number_sequence')
      .executeTakeFirstOrThrow();
    expect(newYear.number_sequence).toBe(1);
  });
});
