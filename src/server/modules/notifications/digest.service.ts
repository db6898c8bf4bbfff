import { digestMail, hasDigestContent, isoWeekOf, type DigestNotification } from '../../../shared/notifications/digest.rules';
import { effectiveDeliveries, NOTIFICATION_TYPES, type NotificationType } from '../../../shared/notifications/notification.rules';
import { isoDateIn } from '../../../shared/time/dates';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { WorkItemView } from '../../../shared/work-queue/work-queue.schemas';
import type { Db } from '../../db/database';
import { queueMail } from '../mail/mail.queue';
import { providersFor } from '../work-queue/work-queue.registry';
import { claimDigest, type DigestUser, findLastDigestAt, findNotificationsBetween, findUsersWithoutDigest, setDigestMail } from './digest.repository';
import { findChosenDeliveries } from './notification.repository';

/** What a digest run needs: the moment it runs for, the app's time zone (for "today" and the week) and the public URL for links. */
export type DigestOptions = { now: Date; timeZone: string; publicUrl: string };

/** What a run did: the ISO week, how many users got a digest, had nothing to say, or lost the claim to another run at the same time. */
export type DigestRunResult = { isoWeek: string; sent: number; nothingToSay: number; alreadySent: number };

/** A first digest looks back one week. */
const FIRST_DIGEST_LOOKBACK_MS = 7 * 24 * 3600 * 1000;

/** The user's "Att göra" items, exactly as their start page computes them (their own, scope 'mine'). */
async function workItemsOf(db: Db, user: DigestUser, today: string, timeZone: string): Promise<WorkItemView[]> {
  // Only those who have an "Att göra" list get it in the digest, the kinds their start page runs.
  if (!hasPermission(user.roles, 'work-queue.read')) return [];
  const lists = await Promise.all(providersFor(user.roles).map((provide) => provide(db, { userId: user.id, roles: user.roles, scope: 'mine', timeZone }, today)));
  return lists.flat();
}

/** The notifications the user chose to receive weekly, since their last digest. */
async function digestNotificationsOf(db: Db, user: DigestUser, now: Date): Promise<DigestNotification[]> {
  const deliveries = effectiveDeliveries(await findChosenDeliveries(db, [user.id]));
  const types = NOTIFICATION_TYPES.filter((type) => deliveries[type] === 'digest');
  const since = (await findLastDigestAt(db, user.id)) ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS);
  const rows = await findNotificationsBetween(db, user.id, types, since, now);
  return rows.map((r) => ({ type: r.type as NotificationType, summary: r.summary, link: r.link }));
}

/**
 * Queues the weekly e-mail digest (issue 12, point 5) for every active user with anything to say:
 * their "Att göra" items and the notifications they chose to get weekly since their last digest.
 * Users with nothing get no mail. Once per user and ISO week: the week's record is inserted with
 * its unique key in the same transaction as the mail, so a second run, or a second process running
 * at the same time, queues nothing more.
 */
export async function runWeeklyDigest(db: Db, options: DigestOptions): Promise<DigestRunResult> {
  const today = isoDateIn(options.now, options.timeZone);
  const isoWeek = isoWeekOf(today);
  const result: DigestRunResult = { isoWeek, sent: 0, nothingToSay: 0, alreadySent: 0 };
  for (const user of await findUsersWithoutDigest(db, isoWeek)) {
    const [items, notifications] = await Promise.all([workItemsOf(db, user, today, options.timeZone), digestNotificationsOf(db, user, options.now)]);
    if (!hasDigestContent(items, notifications)) {
      result.nothingToSay += 1;
      continue;
    }
    const mail = digestMail({ name: user.name, week: isoWeek, items, notifications }, user.language, options.publicUrl);
    const queued = await db.transaction().execute(async (trx) => {
      if (!(await claimDigest(trx, user.id, isoWeek, options.now))) return false;
      const mailId = await queueMail(trx, { kind: 'digest', to: user.email, userId: user.id, language: user.language, ...mail });
      await setDigestMail(trx, user.id, isoWeek, mailId);
      return true;
    });
    if (queued) result.sent += 1;
    else result.alreadySent += 1;
  }
  return result;
}
