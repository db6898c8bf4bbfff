import {
  NEWSLETTER_UNSUBSCRIBE_PATH,
  type NewsletterItemInput,
  type NewsletterItemUpdateInput,
  type NewsletterItemView,
  type NewsletterOverview,
  type NewsletterSendInput,
  type PublicNewsView,
} from '../../../shared/newsletter/newsletter.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { queueMail } from '../mail/mail.queue';
import { hashSecret, newSecret } from '../users/secrets';
import { newsletterMail } from './newsletter.mails';
import { findSender, tokenLink } from './newsletter-subscription.service';
import {
  countSubscribers,
  findConfirmedSubscribers,
  findItem,
  findItemForUpdate,
  findItems,
  findSentItems,
  insertItem,
  insertUnsubscribeTokens,
  markItemSent,
  type NewsletterItemWithNames,
  updateDraftIfVersion,
} from './newsletter.repository';

/** How many sent news items the public IOP page shows. */
const PUBLIC_NEWS_LIMIT = 20;

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const named = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

function toView(r: NewsletterItemWithNames): NewsletterItemView {
  return {
    id: r.id,
    subject: r.subject,
    body: r.body,
    status: r.status,
    createdBy: named(r.created_by, r.created_by_name),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    sentBy: named(r.sent_by, r.sent_by_name),
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    recipientCount: r.recipient_count,
    version: r.version,
  };
}

/**
 * The staff's newsletter page (IOP-10): every news item and how many subscribers there are.
 * Counts only, for every role, admin too: the addresses serve sending and nothing else, and a
 * subscriber leaves by the link in any mail or by subscribing again (see docs/decisions/010-newsletter.md).
 */
export async function getNewsletterOverview(db: Db, ctx: RequestContext): Promise<NewsletterOverview> {
  assertPermitted(ctx.actor, 'newsletter.write');
  const [items, counts] = await Promise.all([findItems(db), countSubscribers(db, new Date())]);
  return { items: items.map(toView), confirmedSubscribers: counts.confirmed, pendingSubscribers: counts.pending };
}

/** One news item. */
export async function getNewsletterItem(db: Db, ctx: RequestContext, id: string): Promise<NewsletterItemView> {
  assertPermitted(ctx.actor, 'newsletter.write');
  return toView(found(await findItem(db, id)));
}

/** Writes a new news item as a draft. */
export async function createNewsletterItem(db: Db, ctx: RequestContext, input: NewsletterItemInput): Promise<NewsletterItemView> {
  assertPermitted(ctx.actor, 'newsletter.write');
  const id = await db.transaction().execute(async (trx) => {
    const now = new Date();
    const newId = await insertItem(trx, { subject: input.subject, body: input.body, created_by: userIdOf(ctx), created_at: now, updated_at: now });
    await recordAudit(trx, ctx, { action: 'newsletter-item.created', entityType: 'newsletter_item', entityId: newId, after: { subject: input.subject, body: input.body } });
    return newId;
  });
  return toView(found(await findItem(db, id)));
}

/** Changes a draft's text; a sent item is what its readers got and stays as it was. */
export async function updateNewsletterItem(db: Db, ctx: RequestContext, id: string, input: NewsletterItemUpdateInput): Promise<NewsletterItemView> {
  assertPermitted(ctx.actor, 'newsletter.write');
  await db.transaction().execute(async (trx) => {
    const current = found(await findItemForUpdate(trx, id));
    if (current.status === 'sent') throw new DomainError('newsletter_already_sent');
    if (!(await updateDraftIfVersion(trx, id, input.version, { subject: input.subject, body: input.body }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'newsletter-item.updated',
      entityType: 'newsletter_item',
      entityId: id,
      before: { subject: current.subject, body: current.body },
      after: { subject: input.subject, body: input.body },
    });
  });
  return toView(found(await findItem(db, id)));
}

/**
 * Sends a draft to every confirmed subscriber (IOP-10) in one transaction: one queued mail each,
 * with that reader's own unsubscribe link, and the item recorded as sent — when, by whom, to how
 * many. Pending subscriptions get nothing; an item is sent once. The audit log keeps the count,
 * never the addresses.
 */
export async function sendNewsletterItem(db: Db, ctx: RequestContext, id: string, input: NewsletterSendInput, publicUrl: string): Promise<NewsletterItemView> {
  assertPermitted(ctx.actor, 'newsletter.write');
  const sender = await findSender(db);
  await db.transaction().execute(async (trx) => {
    const item = found(await findItemForUpdate(trx, id));
    if (item.status === 'sent') throw new DomainError('newsletter_already_sent');
    if (item.version !== input.version) throw new DomainError('version_conflict');
    const subscribers = await findConfirmedSubscribers(trx);
    const tokens: { token_hash: string; subscriber_id: string }[] = [];
    for (const subscriber of subscribers) {
      const token = newSecret();
      tokens.push({ token_hash: hashSecret(token), subscriber_id: subscriber.id });
      const mail = newsletterMail(item, tokenLink(publicUrl, NEWSLETTER_UNSUBSCRIBE_PATH, token), sender);
      await queueMail(trx, { kind: 'newsletter', to: subscriber.email, language: 'sv', ...mail });
    }
    await insertUnsubscribeTokens(trx, tokens);
    const sentAt = new Date();
    await markItemSent(trx, id, { sentBy: userIdOf(ctx), sentAt, recipientCount: subscribers.length });
    await recordAudit(trx, ctx, {
      action: 'newsletter-item.sent',
      entityType: 'newsletter_item',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'sent', recipientCount: subscribers.length },
    });
  });
  return toView(found(await findItem(db, id)));
}

/** The sent news items for the public IOP page (IOP-10): subject, text and date only. No login. */
export async function getPublicNews(db: Db): Promise<PublicNewsView> {
  const rows = await findSentItems(db, PUBLIC_NEWS_LIMIT);
  return { items: rows.map((r) => ({ id: r.id, subject: r.subject, body: r.body, sentAt: (r.sent_at ?? new Date(0)).toISOString() })) };
}
