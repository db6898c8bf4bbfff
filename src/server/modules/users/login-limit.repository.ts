import { sql } from 'kysely';
import type { LoginLimitScope } from '../../../shared/users/login-limits.rules';
import type { Db } from '../../db/database';

/** Which counter: `email` is '' for an address's counter, `ip` is '' for an account's. */
export type LoginLimitKey = { scope: LoginLimitScope; email: string; ip: string };

export type LoginLimitRow = LoginLimitKey & {
  failures: number;
  lastFailureAt: Date | null;
  refusedSinceFailure: number;
};

const sameKey = (a: LoginLimitKey, b: LoginLimitKey) => a.scope === b.scope && a.email === b.email && a.ip === b.ip;

/** One total order of keys, the same in every process, so that lockers never wait in a cycle. */
function byKey(a: LoginLimitKey, b: LoginLimitKey): number {
  const pa = `${a.scope}\u0000${a.email}\u0000${a.ip}`;
  const pb = `${b.scope}\u0000${b.email}\u0000${b.ip}`;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** Keys in the order every transaction locks them in. */
export function inLockOrder(keys: LoginLimitKey[]): LoginLimitKey[] {
  return [...keys].sort(byKey);
}

/**
 * Locks the counters of these keys until the calling transaction ends, creating missing ones, and
 * returns them. The upsert's no-op update takes the row lock even when the row exists, so a
 * second attempt on the same key waits here until the first has counted itself.
 */
export async function lockLoginLimits(trx: Db, keys: LoginLimitKey[]): Promise<LoginLimitRow[]> {
  const ordered = inLockOrder(keys);
  const rows = await trx
    .insertInto('login_limit')
    .values(ordered.map((k) => ({ scope: k.scope, email: k.email, ip: k.ip })))
    .onConflict((oc) => oc.columns(['scope', 'email', 'ip']).doUpdateSet({ failures: sql<number>`login_limit.failures` }))
    .returning(['scope', 'email', 'ip', 'failures', 'last_failure_at', 'refused_since_failure'])
    .execute();
  return ordered.map((key) => {
    const row = rows.find((r) => sameKey(r, key));
    if (!row) throw new Error(`login_limit row ${key.scope} missing after upsert`);
    return { ...key, failures: row.failures, lastFailureAt: row.last_failure_at, refusedSinceFailure: row.refused_since_failure };
  });
}

/** Sets a locked counter's failures as of a new failure at `at`, which also clears its refusals. */
export async function setLoginFailures(trx: Db, key: LoginLimitKey, failures: number, at: Date): Promise<void> {
  await trx
    .updateTable('login_limit')
    .set({ failures, last_failure_at: at, refused_since_failure: 0 })
    .where('scope', '=', key.scope)
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .execute();
}

/** Counts one refused attempt on a locked counter and returns how many there have been since its last failure. */
export async function addLoginRefusal(trx: Db, key: LoginLimitKey): Promise<number> {
  const row = await trx
    .updateTable('login_limit')
    .set({ refused_since_failure: sql<number>`refused_since_failure + 1` })
    .where('scope', '=', key.scope)
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .returning('refused_since_failure')
    .executeTakeFirstOrThrow();
  return row.refused_since_failure;
}

/** Takes one reserved failure back from a counter (the attempt turned out to succeed). */
export async function releaseLoginFailure(trx: Db, key: LoginLimitKey): Promise<void> {
  await trx
    .updateTable('login_limit')
    .set({ failures: sql<number>`greatest(failures - 1, 0)` })
    .where('scope', '=', key.scope)
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .execute();
}

/** Deletes a counter: it starts again from nothing. */
export async function deleteLoginLimit(trx: Db, key: LoginLimitKey): Promise<void> {
  await trx
    .deleteFrom('login_limit')
    .where('scope', '=', key.scope)
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .execute();
}

/**
 * Deletes counters without a failure since `before`: they count for nothing any more. Rows a
 * login holds are skipped rather than waited for, so the sweep can never deadlock with logins
 * that lock their rows in key order; it takes them next time.
 */
export async function deleteLoginLimitsQuietSince(db: Db, before: Date): Promise<void> {
  await sql`
    DELETE FROM login_limit WHERE (scope, email, ip) IN (
      SELECT scope, email, ip FROM login_limit
      WHERE last_failure_at IS NULL OR last_failure_at < ${before}
      FOR UPDATE SKIP LOCKED
    )`.execute(db);
}
