import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { NewsletterItemRow, NewsletterItemTable, NewsletterSubscriberRow } from '../../db/schema-newsletter';

/** Serialises requests about one address within the calling transaction, so two requests cannot both create or re-send. */
export async function lockAddress(db: Db, email: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`newsletter:${email}`}))`.execute(db);
}

/** The subscription of an address, if there is one. */
export function findSubscriberByEmail(db: Db, email: string): Promise<NewsletterSubscriberRow | undefined> {
  return db.selectFrom('newsletter_subscriber').selectAll().where('email', '=', email).executeTakeFirst();
}

/** The subscription a confirmation token belongs to, locked for the rest of the transaction. */
export function findSubscriberByConfirmTokenForUpdate(db: Db, tokenHash: string): Promise<NewsletterSubscriberRow | undefined> {
  return db.selectFrom('newsletter_subscriber').selectAll().where('confirm_token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
}

/** Stores a new pending subscription and returns its id. */
export async function insertPendingSubscriber(db: Db, email: string, tokenHash: string, expiresAt: Date): Promise<string> {
  const row = await db
    .insertInto('newsletter_subscriber')
    .values({ email, status: 'pending', confirm_token_hash: tokenHash, confirm_expires_at: expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Gives a pending subscription a new confirmation token and expiry; the old link stops working. */
export async function replaceConfirmToken(db: Db, id: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('newsletter_subscriber')
    .set({ confirm_token_hash: tokenHash, confirm_expires_at: expiresAt })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Marks a pending subscription confirmed. */
export async function markConfirmed(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('newsletter_subscriber').set({ status: 'confirmed', confirmed_at: at }).where('id', '=', id).execute();
}

/** Deletes a subscriber; its unsubscribe tokens go with it (ON DELETE CASCADE). */
export async function deleteSubscriber(db: Db, id: string): Promise<void> {
  await db.deleteFrom('newsletter_subscriber').where('id', '=', id).execute();
}

/** Deletes the pending subscriptions whose confirmation expired; returns how many. */
export async function deleteExpiredPending(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('newsletter_subscriber')
    .where('status', '=', 'pending')
    .where('confirm_expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The subscriber an unsubscribe token belongs to. */
export async function findSubscriberIdByUnsubscribeToken(db: Db, tokenHash: string): Promise<string | undefined> {
  const row = await db.selectFrom('newsletter_unsubscribe_token').select('subscriber_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.subscriber_id;
}

/** Stores unsubscribe tokens (hashes) for subscribers. */
export async function insertUnsubscribeTokens(db: Db, rows: { token_hash: string; subscriber_id: string }[]): Promise<void> {
  // Chunked so that a large list stays below PostgreSQL's limit of bind parameters per statement.
  for (let i = 0; i < rows.length; i += 5_000) {
    await db.insertInto('newsletter_unsubscribe_token').values(rows.slice(i, i + 5_000)).execute();
  }
}

/** The confirmed subscribers' ids and addresses, for sending. */
export function findConfirmedSubscribers(db: Db): Promise<{ id: string; email: string }[]> {
  return db.selectFrom('newsletter_subscriber').select(['id', 'email']).where('status', '=', 'confirmed').orderBy('email').execute();
}

/** How many subscribers are confirmed and how many wait for confirmation (not yet expired). */
export async function countSubscribers(db: Db, now: Date): Promise<{ confirmed: number; pending: number }> {
  const row = await db
    .selectFrom('newsletter_subscriber')
    .select([
      sql<string>`count(*) FILTER (WHERE status = 'confirmed')`.as('confirmed'),
      sql<string>`count(*) FILTER (WHERE status = 'pending' AND confirm_expires_at > ${now})`.as('pending'),
    ])
    .executeTakeFirstOrThrow();
  return { confirmed: Number(row.confirmed), pending: Number(row.pending) };
}

/** A news item with the names of who wrote and who sent it. */
export type NewsletterItemWithNames = NewsletterItemRow & { created_by_name: string | null; sent_by_name: string | null };

function itemsWithNames(db: Db) {
  return db
    .selectFrom('newsletter_item as i')
    .leftJoin('app_user as c', 'c.id', 'i.created_by')
    .leftJoin('app_user as s', 's.id', 'i.sent_by')
    .selectAll('i')
    .select(['c.name as created_by_name', 's.name as sent_by_name']);
}

/** Every news item: drafts first (newest change first), then sent items, newest first. */
export function findItems(db: Db): Promise<NewsletterItemWithNames[]> {
  return itemsWithNames(db)
    .orderBy(sql`CASE WHEN i.status = 'draft' THEN 0 ELSE 1 END`)
    .orderBy(sql`coalesce(i.sent_at, i.updated_at)`, 'desc')
    .orderBy('i.id', 'desc')
    .execute();
}

/** One news item with names. */
export function findItem(db: Db, id: string): Promise<NewsletterItemWithNames | undefined> {
  return itemsWithNames(db).where('i.id', '=', id).executeTakeFirst();
}

/** One news item, locked for the rest of the transaction. */
export function findItemForUpdate(db: Db, id: string): Promise<NewsletterItemRow | undefined> {
  return db.selectFrom('newsletter_item').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Stores a new draft and returns its id. */
export async function insertItem(db: Db, values: Omit<Insertable<NewsletterItemTable>, 'id'>): Promise<string> {
  return (await db.insertInto('newsletter_item').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a draft's text when its version still matches; false when it does not. */
export async function updateDraftIfVersion(db: Db, id: string, version: number, values: { subject: string; body: string }): Promise<boolean> {
  const result = await db
    .updateTable('newsletter_item')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a draft as sent: when, by whom, to how many. */
export async function markItemSent(db: Db, id: string, values: { sentBy: string | null; sentAt: Date; recipientCount: number }): Promise<void> {
  await db
    .updateTable('newsletter_item')
    .set({
      status: 'sent',
      sent_by: values.sentBy,
      sent_at: values.sentAt,
      recipient_count: values.recipientCount,
      updated_at: values.sentAt,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** The sent news items, newest first, for the public IOP page. */
export function findSentItems(db: Db, limit: number): Promise<Pick<NewsletterItemRow, 'id' | 'subject' | 'body' | 'sent_at'>[]> {
  return db
    .selectFrom('newsletter_item')
    .select(['id', 'subject', 'body', 'sent_at'])
    .where('status', '=', 'sent')
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
