import { sql } from 'kysely';
import type { MailLanguage } from '../../../shared/notifications/notification.rules';
import type { Role } from '../../../shared/users/roles';
import type { Db } from '../../db/database';

/** An active user as the digest needs them. */
export type DigestUser = { id: string; email: string; name: string; roles: Role[]; language: MailLanguage };

/** The active users who have not had this week's digest yet. */
export function findUsersWithoutDigest(db: Db, isoWeek: string): Promise<DigestUser[]> {
  return db
    .selectFrom('app_user as u')
    .leftJoin('notification_setting as s', 's.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.name', 'u.roles', sql<MailLanguage>`coalesce(s.language, 'sv')`.as('language')])
    .where('u.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('notification_digest as d').select('d.user_id').whereRef('d.user_id', '=', 'u.id').where('d.iso_week', '=', isoWeek))),
    )
    .orderBy('u.id')
    .execute();
}

/** When the user's last digest went out, if ever. */
export async function findLastDigestAt(db: Db, userId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('notification_digest')
    .select((eb) => eb.fn.max('sent_at').as('last'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return (row?.last as Date | null | undefined) ?? null;
}

/** The user's notifications of the given types created in (after, upTo], oldest first. */
export function findNotificationsBetween(db: Db, userId: string, types: readonly string[], after: Date, upTo: Date) {
  if (types.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notification')
    .select(['type', 'summary', 'link', 'created_at'])
    .where('user_id', '=', userId)
    .where('type', 'in', [...types])
    .where('created_at', '>', after)
    .where('created_at', '<=', upTo)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Claims the user's digest for the week: true when this call recorded it, false when it was
 * already recorded (by an earlier run or another process at the same time).
 */
export async function claimDigest(db: Db, userId: string, isoWeek: string, sentAt: Date): Promise<boolean> {
  const row = await db
    .insertInto('notification_digest')
    .values({ user_id: userId, iso_week: isoWeek, sent_at: sentAt })
    .onConflict((oc) => oc.columns(['user_id', 'iso_week']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Links the claimed digest to its queued mail. */
export async function setDigestMail(db: Db, userId: string, isoWeek: string, mailMessageId: string): Promise<void> {
  await db.updateTable('notification_digest').set({ mail_message_id: mailMessageId }).where('user_id', '=', userId).where('iso_week', '=', isoWeek).execute();
}
