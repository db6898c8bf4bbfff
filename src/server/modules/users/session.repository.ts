import type { Db } from '../../db/database';
import type { AppUserRow, UserSessionRow } from '../../db/schema';

/** Stores a new session under the hash of its id. */
export async function insertSession(
  db: Db,
  session: { idHash: string; userId: string; csrfToken: string; ip: string | null; userAgent: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
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

/** A session together with its user, found by the hash of the session id. */
export async function findSessionWithUser(
  db: Db,
  idHash: string,
): Promise<{ session: UserSessionRow; user: AppUserRow } | undefined> {
  const session = await db.selectFrom('user_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!session) return undefined;
  const user = await db.selectFrom('app_user').selectAll().where('id', '=', session.user_id).executeTakeFirst();
  return user ? { session, user } : undefined;
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

/** Ends every session of a user except the one given (after a password change). */
export async function deleteOtherSessionsOfUser(db: Db, userId: string, keepIdHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).where('id_hash', '<>', keepIdHash).execute();
}
