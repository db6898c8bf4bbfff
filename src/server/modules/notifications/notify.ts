import {
  effectiveDeliveries,
  notificationMail,
  notificationRecipients,
  type NotificationType,
} from '../../../shared/notifications/notification.rules';
import type { Db } from '../../db/database';
import type { Actor } from '../../http/request-context';
import { queueMail } from '../mail/mail.queue';
import { findActiveMailTargets, findChosenDeliveries, insertNotifications } from './notification.repository';

/** What a service passes on so that mails can link back into the app: the public URL, as routes pass `app.publicUrl`. */
export type NotifyOptions = { publicUrl: string };

/** A hand-off to tell people about. */
export type HandOff = {
  type: NotificationType;
  /** The candidates; the actor and inactive users are left out, and each is told once. */
  recipients: readonly (string | null | undefined)[];
  /** Who acted: never told of their own action. */
  actor: Actor;
  /** The name of the thing handed off (an initiative's title, an organisation's name …). */
  summary: string;
  /** The path inside the app where the recipient acts. */
  link: string;
};

const SUMMARY_LENGTH = 200;
const shorten = (text: string) => (text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text);

/**
 * Notifies the recipients of a hand-off inside the caller's transaction: a notification row each
 * and, for those who chose e-mail at once for the type, a queued mail in their language; so both
 * exist exactly when the hand-off commits. Returns the ids of the users notified.
 */
export async function notify(trx: Db, handOff: HandOff, options: NotifyOptions): Promise<string[]> {
  const actorUserId = handOff.actor.kind === 'user' ? handOff.actor.userId : null;
  const candidates = [...new Set(handOff.recipients.filter((id): id is string => Boolean(id)))];
  const targets = await findActiveMailTargets(trx, candidates);
  const recipients = notificationRecipients(candidates, actorUserId, new Set(targets.map((t) => t.id)));
  if (recipients.length === 0) return [];
  const summary = shorten(handOff.summary.trim());
  await insertNotifications(
    trx,
    recipients.map((userId) => ({ user_id: userId, type: handOff.type, summary, link: handOff.link })),
  );
  const chosen = await findChosenDeliveries(trx, recipients);
  for (const target of targets) {
    if (!recipients.includes(target.id)) continue;
    const delivery = effectiveDeliveries(chosen.filter((c) => c.user_id === target.id))[handOff.type];
    if (delivery !== 'email') continue;
    const mail = notificationMail({ type: handOff.type, summary, link: handOff.link }, target.language, options.publicUrl);
    await queueMail(trx, { kind: `notification.${handOff.type}`, to: target.email, userId: target.id, language: target.language, ...mail });
  }
  return recipients;
}
