import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../database';

// Migration 0035 (AGR-9): districts are dated and have successors.

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
}, 60_000);
afterAll(() => handle.close());

describe('migration 0035: district validity and successions (AGR-9)', () => {
  it('leaves the existing districts open in both directions', async () => {
    const rows = await handle.db.selectFrom('district').select(['code', 'valid_from', 'valid_to']).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.valid_from === null && r.valid_to === null)).toBe(true);
  });

  it('records a succession between known districts and refuses an unknown one or a district as its own successor', async () => {
    const db = handle.db;
    await db.insertInto('district').values({ code: 'test_merged', name_sv: 'Test', valid_from: '2024-01-01' }).execute();
    await db.insertInto('district_succession').values({ predecessor_code: 'norrmalm', successor_code: 'test_merged', effective_on: '2024-01-01' }).execute();
    const stored = await db.selectFrom('district_succession').selectAll().where('successor_code', '=', 'test_merged').execute();
    expect(stored).toEqual([{ predecessor_code: 'norrmalm', successor_code: 'test_merged', effective_on: '2024-01-01' }]);
    await expect(
      db.insertInto('district_succession').values({ predecessor_code: 'no_such', successor_code: 'test_merged', effective_on: '2024-01-01' }).execute(),
    ).rejects.toThrow(/foreign key/);
    await expect(
      db.insertInto('district_succession').values({ predecessor_code: 'bromma', successor_code: 'bromma', effective_on: '2024-01-01' }).execute(),
    ).rejects.toThrow(/district_succession_not_itself/);
    await expect(
      db.updateTable('district').set({ valid_from: '2024-01-01', valid_to: '2023-12-31' }).where('code', '=', 'bromma').execute(),
    ).rejects.toThrow(/district_validity_order/);
  });
});
