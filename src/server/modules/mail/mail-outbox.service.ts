import type { MailDeliveryView, MailOutboxPage, MailOutboxQuery, MailSummaryView, MailView } from '../../../shared/mail/mail.schemas';
import type { Db } from '../../db/database';
import type { MailMessageRow } from '../../db/schema-mail';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { countMailByStatus, countOutbox, findMail, findMailKinds, findOutbox, lockMail, requeueMail } from './mail.repository';

/** What the outbox tells about delivery itself: whether SMTP is configured, the sender and the attempts allowed. */
export type MailDeliverySettings = { smtpConfigured: boolean; from: string | null; maxAttempts: number };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toSummary(r: MailMessageRow): MailSummaryView {
  return {
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    language: r.language,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    queuedAt: r.queued_at.toISOString(),
    nextAttemptAt: r.status === 'queued' ? r.next_attempt_at.toISOString() : null,
    sentAt: iso(r.sent_at),
    failedAt: iso(r.failed_at),
  };
}

function toView(r: MailMessageRow): MailView {
  return { ...toSummary(r), text: r.text_body, html: r.html_body, lastAttemptAt: iso(r.last_attempt_at), messageId: r.smtp_message_id };
}

const isKeyset = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

/** The outbox for an administrator: mails newest first with filters, and how delivery stands. */
export async function listOutbox(db: Db, ctx: RequestContext, q: MailOutboxQuery, settings: MailDeliverySettings): Promise<MailOutboxPage> {
  assertPermitted(ctx.actor, 'mail.read');
  const after = q.cursor ? decodeCursor(q.cursor, isKeyset) : undefined;
  const [rows, total, counts, kinds] = await Promise.all([findOutbox(db, q, after), countOutbox(db, q), countMailByStatus(db), findMailKinds(db)]);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const delivery: MailDeliveryView = { ...settings, counts, kinds };
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.queued_at.toISOString(), last.id]) : null,
    total,
    delivery,
  };
}

/** One mail with its text, for an administrator. */
export async function getMail(db: Db, ctx: RequestContext, id: string): Promise<MailView> {
  assertPermitted(ctx.actor, 'mail.read');
  return toView(found(await findMail(db, id)));
}

/**
 * Puts a failed mail back in the queue with a fresh set of attempts (audited); only a failed mail
 * can be retried — a queued one is on its way and a sent one would arrive twice.
 */
export async function retryMail(db: Db, ctx: RequestContext, id: string): Promise<MailView> {
  assertPermitted(ctx.actor, 'mail.retry');
  return db.transaction().execute(async (trx) => {
    const mail = found(await lockMail(trx, id));
    if (mail.status !== 'failed') throw new DomainError('mail_not_failed');
    await requeueMail(trx, id);
    await recordAudit(trx, ctx, {
      action: 'mail.retried',
      entityType: 'mail_message',
      entityId: id,
      before: { status: 'failed', attempts: mail.attempts },
      after: { status: 'queued', attempts: 0 },
      data: { kind: mail.kind, recipient: mail.recipient, lastError: mail.last_error },
    });
    return toView(found(await findMail(trx, id)));
  });
}
