import { z } from 'zod';
import { pageQuery } from '../http/pagination.schemas';

/** Where a mail is: waiting in the queue, being sent by a process, sent, or failed after its last attempt. */
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export const mailStatusSchema = z.enum(MAIL_STATUSES);
export type MailStatusValue = z.infer<typeof mailStatusSchema>;

/** The outbox's filters: status, kind of mail and part of the recipient's address. */
export const mailOutboxQuery = pageQuery.extend({
  status: mailStatusSchema.optional(),
  kind: z.string().trim().min(1).max(100).optional(),
  recipient: z.string().trim().min(1).max(200).optional(),
});
export type MailOutboxQuery = z.infer<typeof mailOutboxQuery>;

export const mailSummaryView = z.object({
  id: z.string(),
  kind: z.string(),
  recipient: z.string(),
  language: z.enum(['sv', 'en']),
  subject: z.string(),
  status: mailStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  queuedAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  failedAt: z.string().nullable(),
});
export type MailSummaryView = z.infer<typeof mailSummaryView>;

/** One mail as the outbox's detail view shows it: the summary and the text sent. */
export const mailView = mailSummaryView.extend({
  text: z.string(),
  html: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  messageId: z.string().nullable(),
});
export type MailView = z.infer<typeof mailView>;

/** Whether mail leaves the outbox at all: without SMTP it stays queued. */
export const mailDeliveryView = z.object({
  smtpConfigured: z.boolean(),
  from: z.string().nullable(),
  maxAttempts: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  kinds: z.array(z.string()),
});
export type MailDeliveryView = z.infer<typeof mailDeliveryView>;

export const mailOutboxPage = z.object({
  items: z.array(mailSummaryView),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  delivery: mailDeliveryView,
});
export type MailOutboxPage = z.infer<typeof mailOutboxPage>;
