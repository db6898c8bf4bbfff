import type { Db } from '../../src/server/db/database';
import type { AppUserRow } from '../../src/server/db/schema';
import { recordAudit } from '../../src/server/modules/audit/audit.service';
import { hashPassword } from '../../src/server/modules/users/password';
import { insertUser } from '../../src/server/modules/users/user.repository';
import { systemContext } from '../../src/server/http/request-context';
import type { Role } from '../../src/shared/users/roles';

/** The password every demo and test user gets unless another is given. */
export const DEMO_PASSWORD = 'Samverkan-demo-2026';

let sequence = 0;
let cachedDemoHash: Promise<string> | undefined;

/** Inserts a user with sensible defaults (shared by tests and the demo seed); audited as the system. */
export async function makeUser(
  db: Db,
  overrides: { email?: string; name?: string; roles?: Role[]; password?: string; status?: 'active' | 'disabled' } = {},
): Promise<AppUserRow> {
  sequence += 1;
  const roles = overrides.roles ?? ['officer'];
  const email = overrides.email ?? `${roles[0] ?? 'user'}.${sequence}.${Date.now().toString(36)}@test.samverkan.local`;
  // Hashing is deliberately slow; the shared demo password is hashed once per process.
  const passwordHash =
    overrides.password === undefined ? await (cachedDemoHash ??= hashPassword(DEMO_PASSWORD)) : await hashPassword(overrides.password);
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, {
      email,
      name: overrides.name ?? `Test ${roles.join('/')} ${sequence}`,
      roles,
      password_hash: passwordHash,
      status: overrides.status ?? 'active',
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, systemContext('factory'), {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: { email: row.email, name: row.name, roles: row.roles, status: row.status },
    });
    return row;
  });
}
