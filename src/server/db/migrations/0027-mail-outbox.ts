import { type Kysely, sql } from 'kysely';

/**
 * The outgoing mail: every message the app sends is first a row here, written in the same
 * transaction as the event that causes it, so a mail is never lost and never sent for an event
 * that rolled back. Delivery takes queued rows and marks them sent or failed; admins read the table
 * as the outbox. A row is claimed for sending (`sending`, `claimed_at`) by one process at a time;
 * a failed attempt waits until `next_attempt_at`; a claim older than the send timeout (a crash
 * while sending) is given back.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE mail_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      recipient text NOT NULL,
      user_id uuid REFERENCES app_user(id),
      language text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      queued_at timestamptz NOT NULL DEFAULT now(),
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      last_attempt_at timestamptz,
      smtp_message_id text,
      sent_at timestamptz,
      failed_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX mail_message_status_idx ON mail_message (status, queued_at)`.execute(db);
  await sql`CREATE INDEX mail_message_queued_at_idx ON mail_message (queued_at DESC)`.execute(db);
  await sql`CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at) WHERE status = 'queued'`.execute(db);
  await sql`CREATE INDEX mail_message_claimed_idx ON mail_message (claimed_at) WHERE status = 'sending'`.execute(db);
}
