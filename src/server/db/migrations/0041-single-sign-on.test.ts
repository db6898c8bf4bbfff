import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../database';
import { migrateToLatest, migrateUpTo } from '../migrations';

// Migration 0041 (issue 15, decision 014): on an installation that already has users, the
// earliest administrator becomes the break-glass account that may always sign in with a password.

let handle: DatabaseHandle;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrateUpTo(handle.db, '0040-employer-offers');
  const users = [
    ['officer', ['officer'], '2020-01-01T00:00:00Z'],
    ['laterAdmin', ['admin'], '2022-01-01T00:00:00Z'],
    ['firstAdmin', ['officer', 'admin'], '2021-01-01T00:00:00Z'],
  ] as const;
  for (const [key, roles, at] of users) {
    const row = await handle.db
      .insertInto('app_user')
      .values({ email: `${key}@example.se`, name: key, roles: [...roles], password_hash: 'x', status: 'active', created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  }
  await migrateToLatest(handle.db);
}, 60_000);
afterAll(() => handle.close());

describe('migration 0041: single sign-on (issue 15)', () => {
  it('marks the earliest administrator, and only that one, as the break-glass account', async () => {
    const rows = await handle.db.selectFrom('break_glass_account').select('user_id').execute();
    expect(rows).toEqual([{ user_id: ids.firstAdmin }]);
  });

  it('refuses partner as a mapped role and a second break-glass account', async () => {
    await expect(handle.db.insertInto('sso_role_mapping').values({ claim_value: 'g', role: 'partner' as never, created_by: null }).execute()).rejects.toThrow();
    await expect(handle.db.insertInto('break_glass_account').values({ user_id: ids.laterAdmin! }).execute()).rejects.toThrow();
  });
});
