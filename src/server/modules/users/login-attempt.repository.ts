import type { Db } from '../../db/database';

/** Records one login attempt for rate limiting. */
export async function insertLoginAttempt(
  db: Db,
  attempt: { email: string; ip: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({ email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, attempted_at: attempt.at })
    .execute();
}

/**
 * Failed attempts since `since` for an IP address or an e-mail address (for an account, only
 * those after its last success count), oldest first.
 */
export async function recentFailures(
  db: Db,
  key: { ip: string } | { email: string },
  since: Date,
): Promise<Date[]> {
  let query = db.selectFrom('login_attempt').select('attempted_at').where('attempted_at', '>=', since);
  if ('ip' in key) {
    query = query.where('ip', '=', key.ip).where('succeeded', '=', false);
  } else {
    const lastSuccess = await db
      .selectFrom('login_attempt')
      .select((eb) => eb.fn.max('attempted_at').as('at'))
      .where('email', '=', key.email)
      .where('succeeded', '=', true)
      .where('attempted_at', '>=', since)
      .executeTakeFirst();
    query = query.where('email', '=', key.email).where('succeeded', '=', false);
    if (lastSuccess?.at) query = query.where('attempted_at', '>', lastSuccess.at);
  }
  const rows = await query.orderBy('attempted_at', 'asc').execute();
  return rows.map((r) => r.attempted_at);
}
