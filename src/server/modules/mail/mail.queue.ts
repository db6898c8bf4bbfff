import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { insertMail } from './mail.repository';

/** A mail to send: plain text always, HTML optionally; the language it is written in. */
export type OutgoingMail = {
  kind: string;
  to: string;
  userId?: string | null;
  language?: 'sv' | 'en';
  subject: string;
  text: string;
  html?: string | null;
};

/**
 * Queues a mail in the caller's transaction (or connection): it is delivered after the
 * transaction commits and never for one that rolls back. Returns the outbox row's id.
 */
export async function queueMail(db: Kysely<Database>, mail: OutgoingMail): Promise<string> {
  return insertMail(db, {
    kind: mail.kind,
    recipient: mail.to,
    user_id: mail.userId ?? null,
    language: mail.language ?? 'sv',
    subject: mail.subject,
    text_body: mail.text,
    html_body: mail.html ?? null,
  });
}
