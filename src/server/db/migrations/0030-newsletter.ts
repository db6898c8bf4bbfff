import { type Kysely, sql } from 'kysely';

/**
 * The IOP newsletter (IOP-10): the public subscribes with an e-mail address and nothing else,
 * confirms by a link (double opt-in) and leaves by a link in every mail. Tokens are kept only as
 * SHA-256 hashes. A subscriber row is deleted, not flagged, when its owner unsubscribes or when an
 * unconfirmed subscription expires; every unsubscribe token goes with it. News items written by
 * staff are drafts until sent once to the confirmed subscribers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE newsletter_subscriber (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed')),
      confirm_token_hash text NOT NULL UNIQUE,
      confirm_expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX newsletter_subscriber_pending_idx ON newsletter_subscriber (confirm_expires_at) WHERE status = 'pending'`.execute(db);
  await sql`
    CREATE TABLE newsletter_unsubscribe_token (
      token_hash text PRIMARY KEY,
      subscriber_id uuid NOT NULL REFERENCES newsletter_subscriber(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX newsletter_unsubscribe_token_subscriber_idx ON newsletter_unsubscribe_token (subscriber_id)`.execute(db);
  await sql`
    CREATE TABLE newsletter_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subject text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      sent_by uuid REFERENCES app_user(id),
      sent_at timestamptz,
      recipient_count integer,
      version integer NOT NULL DEFAULT 1,
      CHECK ((status = 'sent') = (sent_at IS NOT NULL AND recipient_count IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX newsletter_item_sent_idx ON newsletter_item (sent_at DESC) WHERE status = 'sent'`.execute(db);
}
