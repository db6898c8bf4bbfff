import {
  CONFIRMATION_MAILS_PER_ADDRESS_PER_DAY,
  confirmationExpiresAt,
  confirmOutcome,
  subscribeAction,
} from '../../../shared/newsletter/newsletter.rules';
import {
  NEWSLETTER_CONFIRM_PATH,
  NEWSLETTER_UNSUBSCRIBE_PATH,
  type NewsletterConfirmResult,
  type NewsletterSubscribeInput,
  type NewsletterSubscribeReceipt,
  type NewsletterUnsubscribeResult,
} from '../../../shared/newsletter/newsletter.schemas';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { consumeRateLimit, type RateLimit } from '../initiatives/rate-limit';
import { queueMail } from '../mail/mail.queue';
import { findSettingValues } from '../public/public-iop.repository';
import { hashSecret, newSecret } from '../users/secrets';
import { alreadySubscribedMail, confirmationMail, type Sender } from './newsletter.mails';
import {
  deleteExpiredPending,
  deleteSubscriber,
  findSubscriberByConfirmTokenForUpdate,
  findSubscriberByEmail,
  findSubscriberIdByUnsubscribeToken,
  insertPendingSubscriber,
  insertUnsubscribeTokens,
  lockAddress,
  markConfirmed,
  replaceConfirmToken,
} from './newsletter.repository';

/** Subscriptions per client address and hour: enough for a household or an office, too few to flood the list (IOP-10). */
export const NEWSLETTER_SUBSCRIBE_LIMIT: RateLimit = { bucket: 'newsletter-subscribe', max: 10, windowSeconds: 60 * 60 };
/** Confirmation and unsubscribe links followed per client address and hour: far above any person's need. */
export const NEWSLETTER_LINK_LIMIT: RateLimit = { bucket: 'newsletter-link', max: 60, windowSeconds: 60 * 60 };
/** Mails one address may be sent by subscribing, per day; counted by an HMAC of the address, never the address. */
const PER_ADDRESS_LIMIT: RateLimit = { bucket: 'newsletter-address', max: CONFIRMATION_MAILS_PER_ADDRESS_PER_DAY, windowSeconds: 24 * 60 * 60 };

const ACCEPTED: NewsletterSubscribeReceipt = { accepted: true };

/** Counts a subscription against the caller's address; 429 when there were too many (IOP-10). */
export function admitSubscription(db: Db, ctx: RequestContext): Promise<void> {
  return consumeRateLimit(db, NEWSLETTER_SUBSCRIBE_LIMIT, ctx.ip);
}

/** Counts a followed confirmation or unsubscribe link against the caller's address; 429 when there were too many. */
export function admitLinkUse(db: Db, ctx: RequestContext): Promise<void> {
  return consumeRateLimit(db, NEWSLETTER_LINK_LIMIT, ctx.ip);
}

/** Whether this address may be sent another mail by subscribing today; a refusal is silent, so nothing leaks. */
async function mayMailAddress(db: Db, email: string, now: Date): Promise<boolean> {
  try {
    await consumeRateLimit(db, PER_ADDRESS_LIMIT, `email:${email}`, now);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'rate_limited') return false;
    throw error;
  }
}

/** The committee's names for the mails, from the settings (nothing municipality-specific in code). */
export async function findSender(db: Db): Promise<Sender> {
  const settings = await findSettingValues(db, ['committee.name_sv', 'committee.name_en']);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { committeeSv: text(settings.get('committee.name_sv')), committeeEn: text(settings.get('committee.name_en')) };
}

/** A link into the public pages with a token. */
export function tokenLink(publicUrl: string, path: string, token: string): string {
  return `${publicUrl}${path}?token=${encodeURIComponent(token)}`;
}

/** Deletes the subscriptions that were never confirmed in time (IOP-10); returns how many. For a scheduled job as well. */
export function purgeExpiredSubscriptions(db: Db, now = new Date()): Promise<number> {
  return deleteExpiredPending(db, now);
}

/**
 * Subscribes an address to the IOP newsletter (IOP-10) with double opt-in: a new or pending
 * address gets a (new) confirmation link, a confirmed one a note with its unsubscribe link. The
 * answer is always the same, so nobody learns whether an address is on the list; a filled-in
 * honeypot is answered the same way and nothing is stored. Nothing is written to the audit log:
 * the public's addresses do not belong in an append-only record.
 */
export async function subscribeToNewsletter(
  db: Db,
  publicUrl: string,
  language: Language,
  input: NewsletterSubscribeInput,
  now = new Date(),
): Promise<NewsletterSubscribeReceipt> {
  if (input.website !== undefined && input.website.trim() !== '') return ACCEPTED;
  const email = input.email;
  await purgeExpiredSubscriptions(db, now);
  if (!(await mayMailAddress(db, email, now))) return ACCEPTED;
  const sender = await findSender(db);
  await db.transaction().execute(async (trx) => {
    await lockAddress(trx, email);
    const current = await findSubscriberByEmail(trx, email);
    const action = subscribeAction(current?.status);
    if (action === 'remind_confirmed' && current) {
      const token = newSecret();
      await insertUnsubscribeTokens(trx, [{ token_hash: hashSecret(token), subscriber_id: current.id }]);
      const mail = alreadySubscribedMail(tokenLink(publicUrl, NEWSLETTER_UNSUBSCRIBE_PATH, token), sender, language);
      await queueMail(trx, { kind: 'newsletter.already_subscribed', to: email, language, ...mail });
      return;
    }
    const token = newSecret();
    const expiresAt = confirmationExpiresAt(now);
    if (action === 'resend_confirmation' && current) await replaceConfirmToken(trx, current.id, hashSecret(token), expiresAt);
    else await insertPendingSubscriber(trx, email, hashSecret(token), expiresAt);
    const mail = confirmationMail(tokenLink(publicUrl, NEWSLETTER_CONFIRM_PATH, token), sender, language);
    await queueMail(trx, { kind: 'newsletter.confirm', to: email, language, ...mail });
  });
  return ACCEPTED;
}

/**
 * Confirms a subscription by its link (IOP-10, double opt-in). A second click says it is already
 * confirmed; an unknown or expired link changes nothing but deleting the expired subscription.
 */
export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<NewsletterConfirmResult> {
  return db.transaction().execute(async (trx) => {
    const row = await findSubscriberByConfirmTokenForUpdate(trx, hashSecret(token));
    const outcome = confirmOutcome(row && { status: row.status, confirmExpiresAt: row.confirm_expires_at }, now);
    if (outcome === 'confirm' && row) {
      await markConfirmed(trx, row.id, now);
      return { result: 'confirmed' };
    }
    if (outcome === 'expired' && row) await deleteSubscriber(trx, row.id);
    return { result: outcome === 'already_confirmed' ? 'already_confirmed' : 'invalid' };
  });
}

/** Unsubscribes by the link in a newsletter mail (IOP-10): the address is deleted at once, with every link of its. */
export async function unsubscribe(db: Db, token: string): Promise<NewsletterUnsubscribeResult> {
  return db.transaction().execute(async (trx) => {
    const subscriberId = await findSubscriberIdByUnsubscribeToken(trx, hashSecret(token));
    if (!subscriberId) return { result: 'invalid' };
    await deleteSubscriber(trx, subscriberId);
    return { result: 'unsubscribed' };
  });
}
