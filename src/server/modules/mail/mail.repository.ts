import { type Insertable, sql } from 'kysely';
import type { MailOutboxQuery } from '../../../shared/mail/mail.schemas';
import type { Db } from '../../db/database';
import type { MailMessageRow, MailMessageTable } from '../../db/schema-mail';

/** Writes a mail to the outbox as queued; returns its id. */
export async function insertMail(db: Db, values: Omit<Insertable<MailMessageTable>, 'id'>): Promise<string> {
  return (await db.insertInto('mail_message').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/**
 * Claims the oldest due queued mail for this process: one statement marks it `sending` and counts
 * the attempt. The row lock with SKIP LOCKED lets two processes claim at once without waiting on
 * or taking the same row, and once claimed a row is no longer `queued` for anyone.
 */
export async function claimNextDueMail(db: Db): Promise<MailMessageRow | undefined> {
  const result = await sql<MailMessageRow>`
    UPDATE mail_message SET status = 'sending', claimed_at = now(), last_attempt_at = now(), attempts = attempts + 1
    WHERE id = (
      SELECT id FROM mail_message
      WHERE status = 'queued' AND next_attempt_at <= now()
      ORDER BY next_attempt_at, queued_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`.execute(db);
  return result.rows[0];
}

/** Records a claimed mail as sent with the Message-ID it went out with. */
export async function markMailSent(db: Db, id: string, messageId: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_message')
    .set({ status: 'sent', sent_at: sql<Date>`now()`, claimed_at: null, smtp_message_id: messageId, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records a failed attempt on a claimed mail: queued again after `retryAfterSeconds`, or failed
 * for good when `final`.
 */
export async function markMailAttemptFailed(db: Db, id: string, error: string, outcome: { final: boolean; retryAfterSeconds: number }): Promise<void> {
  await db
    .updateTable('mail_message')
    .set(
      outcome.final
        ? { status: 'failed', failed_at: sql<Date>`now()`, claimed_at: null, last_error: error }
        : {
            status: 'queued',
            claimed_at: null,
            last_error: error,
            next_attempt_at: sql<Date>`now() + make_interval(secs => ${outcome.retryAfterSeconds})`,
          },
    )
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/**
 * Gives back the claims older than `olderThanSeconds` (the process sending them stopped or
 * crashed): queued again at once, or failed when they had used every attempt. Such a mail may have
 * reached the server before the crash; the receiver can tell by its unchanged Message-ID.
 */
export async function releaseStaleClaims(db: Db, olderThanSeconds: number, maxAttempts: number, note: string): Promise<number> {
  const result = await sql`
    UPDATE mail_message SET
      status = CASE WHEN attempts >= ${maxAttempts} THEN 'failed' ELSE 'queued' END,
      failed_at = CASE WHEN attempts >= ${maxAttempts} THEN now() ELSE NULL END,
      next_attempt_at = now(),
      claimed_at = NULL,
      last_error = ${note}
    WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => ${olderThanSeconds})`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

function filtered(db: Db, q: Omit<MailOutboxQuery, 'limit' | 'cursor'>) {
  let query = db.selectFrom('mail_message');
  if (q.status) query = query.where('status', '=', q.status);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (q.recipient) query = query.where('recipient', 'ilike', `%${q.recipient.replace(/[\\%_]/g, '\\$&')}%`);
  return query;
}

/** Mails matching the outbox filters, newest first, after a keyset position (queued_at, id). */
export function findOutbox(db: Db, q: MailOutboxQuery, after: [string, string] | undefined): Promise<MailMessageRow[]> {
  let query = filtered(db, q).selectAll();
  if (after) {
    const [queuedAt, id] = after;
    query = query.where((eb) => eb.or([eb('queued_at', '<', new Date(queuedAt)), eb.and([eb('queued_at', '=', new Date(queuedAt)), eb('id', '<', id)])]));
  }
  return query.orderBy('queued_at', 'desc').orderBy('id', 'desc').limit(q.limit + 1).execute();
}

/** How many mails match the outbox filters. */
export async function countOutbox(db: Db, q: MailOutboxQuery): Promise<number> {
  const row = await filtered(db, q).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The number of mails in each status. */
export async function countMailByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('mail_message').select(['status', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The kinds of mail the outbox holds, for the filter. */
export async function findMailKinds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('mail_message').select('kind').distinct().orderBy('kind').execute();
  return rows.map((r) => r.kind);
}

/** One mail. */
export function findMail(db: Db, id: string): Promise<MailMessageRow | undefined> {
  return db.selectFrom('mail_message').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks one mail's row for a change. */
export function lockMail(db: Db, id: string): Promise<MailMessageRow | undefined> {
  return db.selectFrom('mail_message').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Puts a failed mail back in the queue with a fresh set of attempts, due now. */
export async function requeueMail(db: Db, id: string): Promise<void> {
  await db
    .updateTable('mail_message')
    .set({ status: 'queued', attempts: 0, next_attempt_at: sql<Date>`now()`, failed_at: null, claimed_at: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .execute();
}
