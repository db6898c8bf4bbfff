import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A public subscriber of the IOP newsletter (migration 0030): the address and nothing personal beyond it. */
export interface NewsletterSubscriberTable {
  id: Generated<string>;
  email: string;
  status: ColumnType<'pending' | 'confirmed', 'pending' | 'confirmed' | undefined, 'pending' | 'confirmed'>;
  /** SHA-256 of the latest confirmation token; kept after confirming, so a second click can say so. */
  confirm_token_hash: string;
  confirm_expires_at: Timestamp;
  created_at: Timestamp;
  confirmed_at: NullableTimestamp;
}

/** One unsubscribe link's token (SHA-256), one per newsletter mail; deleted with its subscriber. */
export interface NewsletterUnsubscribeTokenTable {
  token_hash: string;
  subscriber_id: string;
  created_at: Timestamp;
}

/** A news item written by staff: a draft until it is sent once to the confirmed subscribers. */
export interface NewsletterItemTable {
  id: Generated<string>;
  subject: string;
  body: string;
  status: ColumnType<'draft' | 'sent', 'draft' | 'sent' | undefined, 'draft' | 'sent'>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  sent_by: string | null;
  sent_at: NullableTimestamp;
  recipient_count: number | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface NewsletterTables {
  newsletter_subscriber: NewsletterSubscriberTable;
  newsletter_unsubscribe_token: NewsletterUnsubscribeTokenTable;
  newsletter_item: NewsletterItemTable;
}

export type NewsletterSubscriberRow = Selectable<NewsletterSubscriberTable>;
export type NewsletterItemRow = Selectable<NewsletterItemTable>;
