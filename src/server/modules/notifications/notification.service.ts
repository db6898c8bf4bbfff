import { effectiveDeliveries, NOTIFICATION_TYPES, type NotificationType } from '../../../shared/notifications/notification.rules';
import type {
  MarkedReadView,
  NotificationList,
  NotificationPreferencesInput,
  NotificationPreferencesView,
  NotificationQuery,
  NotificationView,
  UnreadCountView,
} from '../../../shared/notifications/notification.schemas';
import type { Db } from '../../db/database';
import type { NotificationRow } from '../../db/schema-notifications';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import {
  countUnread,
  findChosenDeliveries,
  findLanguage,
  findNotifications,
  markAllRead,
  markRead,
  replacePreferences,
} from './notification.repository';

/** The person behind the request: notifications belong to people, so an API token has none (403). */
function userIdOf(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new DomainError('forbidden');
  return ctx.actor.userId;
}

const isKnownType = (type: string): type is NotificationType => (NOTIFICATION_TYPES as readonly string[]).includes(type);

function toView(row: NotificationRow): NotificationView | null {
  if (!isKnownType(row.type)) return null;
  return {
    id: row.id,
    type: row.type,
    summary: row.summary,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}

const views = (rows: NotificationRow[]) => rows.flatMap((r) => toView(r) ?? []);

/** The caller's notifications, newest first, with the unread count. */
export async function listNotifications(db: Db, ctx: RequestContext, q: NotificationQuery): Promise<NotificationList> {
  const userId = userIdOf(ctx);
  const [rows, unread] = await Promise.all([findNotifications(db, userId, { unreadOnly: q.unreadOnly === 'true', limit: q.limit }), countUnread(db, userId)]);
  return { items: views(rows), unread };
}

/** How many of the caller's notifications are unread (the bell polls this). */
export async function countUnreadNotifications(db: Db, ctx: RequestContext): Promise<UnreadCountView> {
  return { count: await countUnread(db, userIdOf(ctx)) };
}

/** Marks one of the caller's notifications read; another user's or an unknown id is 404. */
export async function markNotificationRead(db: Db, ctx: RequestContext, id: string): Promise<NotificationView> {
  const row = found(await markRead(db, userIdOf(ctx), id, new Date()));
  return found(toView(row));
}

/** Marks every unread notification of the caller read. */
export async function markAllNotificationsRead(db: Db, ctx: RequestContext): Promise<MarkedReadView> {
  return { marked: await markAllRead(db, userIdOf(ctx), new Date()) };
}

/** The caller's delivery per type (their choice or the default) and mail language. */
export async function getNotificationPreferences(db: Db, ctx: RequestContext): Promise<NotificationPreferencesView> {
  const userId = userIdOf(ctx);
  const [chosen, language] = await Promise.all([findChosenDeliveries(db, [userId]), findLanguage(db, userId)]);
  const deliveries = effectiveDeliveries(chosen);
  const chosenTypes = new Set(chosen.map((c) => c.type));
  return {
    language,
    deliveries: NOTIFICATION_TYPES.map((type) => ({ type, delivery: deliveries[type], isDefault: !chosenTypes.has(type) })),
  };
}

/** Saves the caller's language and deliveries (types left out keep what they had). */
export async function saveNotificationPreferences(db: Db, ctx: RequestContext, input: NotificationPreferencesInput): Promise<NotificationPreferencesView> {
  const userId = userIdOf(ctx);
  await db.transaction().execute((trx) => replacePreferences(trx, userId, input.language, input.deliveries));
  return getNotificationPreferences(db, ctx);
}
