import { type Kysely, sql } from 'kysely';

/**
 * Hand-off notifications (issue 12): one row per recipient, written in the transaction of the
 * hand-off that causes it; each user's delivery per type (in the app, e-mail at once, weekly
 * digest) and the language of their mail; and a record of the weekly digest sent per user and ISO
 * week, whose unique key makes the digest go out once even when two processes run it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      type text NOT NULL,
      summary text NOT NULL,
      link text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX notification_user_created_idx ON notification (user_id, created_at DESC, id DESC)`.execute(db);
  // The bell polls the unread count every minute: a partial index keeps that a tiny index scan.
  await sql`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE notification_preference (
      user_id uuid NOT NULL REFERENCES app_user(id),
      type text NOT NULL,
      delivery text NOT NULL CHECK (delivery IN ('app', 'email', 'digest')),
      PRIMARY KEY (user_id, type)
    )`.execute(db);

  await sql`
    CREATE TABLE notification_setting (
      user_id uuid PRIMARY KEY REFERENCES app_user(id),
      language text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE notification_digest (
      user_id uuid NOT NULL REFERENCES app_user(id),
      iso_week text NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
      sent_at timestamptz NOT NULL,
      mail_message_id uuid REFERENCES mail_message(id),
      PRIMARY KEY (user_id, iso_week)
    )`.execute(db);
}
