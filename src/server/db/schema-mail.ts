import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** One outgoing mail (migration 0027): queued in the transaction of its cause, then delivered. */
export interface MailMessageTable {
  id: Generated<string>;
  /** What the mail is, e.g. `notification.initiative_received`, `digest`, `newsletter.confirm`. */
  kind: string;
  recipient: string;
  user_id: string | null;
  language: ColumnType<'sv' | 'en', 'sv' | 'en' | undefined, 'sv' | 'en'>;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  queued_at: Timestamp;
  /** A queued mail is not tried before this instant (the back-off after a failed attempt). */
  next_attempt_at: Timestamp;
  /** When the process sending it claimed it (status `sending`). */
  claimed_at: NullableTimestamp;
  last_attempt_at: NullableTimestamp;
  /** The Message-ID the mail was sent with. */
  smtp_message_id: string | null;
  sent_at: NullableTimestamp;
  failed_at: NullableTimestamp;
}

export type MailMessageRow = Selectable<MailMessageTable>;

export interface MailTables {
  mail_message: MailMessageTable;
}
