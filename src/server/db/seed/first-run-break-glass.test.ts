import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../database';
import { isBreakGlassAccount } from '../../modules/users/sso.repository';
import { findUserByEmail } from '../../modules/users/user.repository';
import { ensureFirstAdmin } from './first-run';

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

// Issue 15: the first administrator always has a way in, whatever single sign-on does.
describe('first run and the break-glass account', () => {
  it('marks the first administrator as the break-glass account', async () => {
    handle = await createTestDatabase();
    await ensureFirstAdmin(handle.db, { email: 'it@stockholm.se', password: 'a-long-admin-password' });
    const row = await findUserByEmail(handle.db, 'it@stockholm.se');
    expect(await isBreakGlassAccount(handle.db, row?.id ?? '')).toBe(true);
    const marks = await handle.db.selectFrom('break_glass_account').selectAll().execute();
    expect(marks).toHaveLength(1);
  });
});
