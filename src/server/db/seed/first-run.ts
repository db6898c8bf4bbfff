import { sql } from 'kysely';
import type { Db } from '../database';
import { recordAudit } from '../../modules/audit/audit.service';
import { generatePassword, hashPassword } from '../../modules/users/password';
import { markBreakGlassAccount } from '../../modules/users/sso.repository';
import { countAllUsers, insertUser } from '../../modules/users/user.repository';
import { systemContext } from '../../http/request-context';

/** The key of the transaction advisory lock around the first administrator's creation; any unused constant. */
export const FIRST_ADMIN_ADVISORY_LOCK_KEY = 7_301_612_110_016_024n;

export type FirstAdmin = { email: string; password: string; generated: boolean };

/**
 * On an empty database, creates the first administrator: from the given e-mail and password, or
 * with a generated password that the caller prints once; it is the break-glass account. Returns
 * undefined when users exist. Processes starting together on one database take turns (a
 * transaction advisory lock), so only the first creates the account (decision 023).
 */
export async function ensureFirstAdmin(
  db: Db,
  given: { email: string | undefined; password: string | undefined },
): Promise<FirstAdmin | undefined> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(FIRST_ADMIN_ADVISORY_LOCK_KEY)})`.execute(trx);
    if ((await countAllUsers(trx)) > 0) return undefined;
    const email = given.email ?? 'admin@samverkan.local';
    const password = given.password ?? generatePassword();
    const now = new Date();
    const row = await insertUser(trx, {
      email,
      name: 'Administratör',
      roles: ['admin'],
      password_hash: await hashPassword(password),
      status: 'active',
      must_change_password: given.password === undefined,
      created_at: now,
      updated_at: now,
    });
    // The first administrator may always sign in with a password, whatever single sign-on does (decision 014).
    await markBreakGlassAccount(trx, row.id);
    await recordAudit(trx, systemContext('first-run'), {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: { email, name: row.name, roles: row.roles, status: row.status },
    });
    return { email, password, generated: given.password === undefined };
  });
}
