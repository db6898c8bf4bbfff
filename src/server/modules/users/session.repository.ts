import type { Db } from '../../db/database';
import type { AppUserRow, UserSessionRow } from '../../db/schema';

/** Stores a new session under the hash of its id. */
export async function insertSession(
  db: Db,
  session: {
    idHash: string;
    userId: string;
    csrfToken: string;
    ip: string | null;
    userAgent: string | null;
    at: Date;
    method: 'password' | 'oidc';
  },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      method: session.method,
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.at,
      last_seen_at: session.at,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

/**
 * A session together with its user and whether the user has a confirmed second factor, found by
 * the hash of the session id.
 */
export async function findSessionWithUser(
  db: Db,
  idHash: string,
): Promise<{ session: UserSessionRow; user: AppUserRow; twoFactorEnrolled: boolean } | undefined> {
  const session = await db.selectFrom('user_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!session) return undefined;
  // The factor's state comes with the user, in the same round trip: this runs on every request.
  const row = await db
    .selectFrom('app_user')
    .selectAll('app_user')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('user_two_factor')
            .select('user_two_factor.user_id')
            .whereRef('user_two_factor.user_id', '=', 'app_user.id')
            .where('user_two_factor.status', '=', 'enrolled'),
        )
        .as('two_factor_enrolled'),
    )
    .where('app_user.id', '=', session.user_id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { two_factor_enrolled: twoFactorEnrolled, ...user } = row;
  return { session, user, twoFactorEnrolled: Boolean(twoFactorEnrolled) };
}

/** A user's sessions, most recently used first. */
export async function findSessionsOfUser(db: Db, userId: string): Promise<UserSessionRow[]> {
  return db.selectFrom('user_session').selectAll().where('user_id', '=', userId).orderBy('last_seen_at', 'desc').orderBy('created_at', 'desc').execute();
}

/** Ends one session of a user by its public id; false when the user has no such session. */
export async function deleteSessionOfUser(db: Db, userId: string, publicId: string): Promise<boolean> {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).where('public_id', '=', publicId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Marks a session as used now (for the idle timeout). */
export async function touchSession(db: Db, idHash: string, at: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

/** Ends one session. */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (logout everywhere, disabling, password reset). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

/** Removes sessions past their idle or absolute limit. */
export async function deleteExpiredSessions(db: Db, idleBefore: Date, createdBefore: Date): Promise<void> {
  await db
    .deleteFrom('user_session')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
    .execute();
}

/** Ends every session of a user except the one given (password change, sign out everywhere); returns how many ended. */
export async function deleteOtherSessionsOfUser(db: Db, userId: string, keepIdHash: string): Promise<number> {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).where('id_hash', '<>', keepIdHash).executeTakeFirst();
  return Number(result.numDeletedRows);
}
