import { sql } from 'kysely';
import type { MailLanguage, NotificationDelivery } from '../../../shared/notifications/notification.rules';
import type { Db } from '../../db/database';
import type { NotificationRow } from '../../db/schema-notifications';

/** A recipient as a mail needs them: address, name and mail language. */
export type MailTarget = { id: string; email: string; name: string; language: MailLanguage };

/** The active users among the ids, with their address and mail language (Swedish unless chosen). */
export async function findActiveMailTargets(db: Db, userIds: readonly string[]): Promise<MailTarget[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('app_user as u')
    .leftJoin('notification_setting as s', 's.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.name', sql<MailLanguage>`coalesce(s.language, 'sv')`.as('language')])
    .where('u.id', 'in', [...userIds])
    .where('u.status', '=', 'active')
    .execute();
}

/** The deliveries the users have chosen (types without a row keep their default). */
export function findChosenDeliveries(db: Db, userIds: readonly string[]): Promise<{ user_id: string; type: string; delivery: NotificationDelivery }[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('notification_preference').select(['user_id', 'type', 'delivery']).where('user_id', 'in', [...userIds]).execute();
}

/** Writes one notification per recipient. */
export async function insertNotifications(db: Db, rows: { user_id: string; type: string; summary: string; link: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('notification').values(rows).execute();
}

/** A user's notifications, newest first. */
export function findNotifications(db: Db, userId: string, q: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
  let query = db.selectFrom('notification').selectAll().where('user_id', '=', userId);
  if (q.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

/** How many of a user's notifications are unread (served by the partial unread index). */
export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one of the user's notifications read; undefined when the user has no such notification. */
export async function markRead(db: Db, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const updated = await db
    .updateTable('notification')
    .set({ read_at: sql<Date>`coalesce(read_at, ${at})` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return updated;
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllRead(db: Db, userId: string, at: Date): Promise<number> {
  const result = await db.updateTable('notification').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A user's mail language, Swedish when never chosen. */
export async function findLanguage(db: Db, userId: string): Promise<MailLanguage> {
  const row = await db.selectFrom('notification_setting').select('language').where('user_id', '=', userId).executeTakeFirst();
  return row?.language ?? 'sv';
}

/** Replaces a user's language and chosen deliveries. */
export async function replacePreferences(
  db: Db,
  userId: string,
  language: MailLanguage,
  deliveries: readonly { type: string; delivery: NotificationDelivery }[],
): Promise<void> {
  await db
    .insertInto('notification_setting')
    .values({ user_id: userId, language })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ language, updated_at: new Date() }))
    .execute();
  for (const d of deliveries) {
    await db
      .insertInto('notification_preference')
      .values({ user_id: userId, type: d.type, delivery: d.delivery })
      .onConflict((oc) => oc.columns(['user_id', 'type']).doUpdateSet({ delivery: d.delivery }))
      .execute();
  }
}
