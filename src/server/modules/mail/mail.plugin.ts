import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mailOutboxPage, mailOutboxQuery, mailView } from '../../../shared/mail/mail.schemas';
import type { SmtpConfig } from '../../config/env';
import type { Access } from '../../http/fastify-types';
import { DEFAULT_MAIL_POLICY, deliverQueuedMail, type MailDeliveryPolicy } from './mail-delivery.service';
import { getMail, listOutbox, type MailDeliverySettings, retryMail } from './mail-outbox.service';
import { DEFAULT_SMTP_TIMEOUTS, type SmtpTimeouts, smtpSender } from './mail.sender';

/** The job that sends the outbox. */
export const MAIL_DELIVERY_JOB = 'mail.deliver';

/** How often each process asks for a delivery run (one run per interval across processes). */
export const MAIL_DELIVERY_EVERY_SECONDS = 15;

export type MailPluginOptions = {
  smtp: SmtpConfig | undefined;
  /** Overrides of the delivery policy (tests shorten the waits). */
  policy?: Partial<MailDeliveryPolicy> | undefined;
  timeouts?: Partial<SmtpTimeouts> | undefined;
};

const read: { access: Access } = { access: { permission: 'mail.read' } };
const retry: { access: Access } = { access: { permission: 'mail.retry' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['mail'];

/**
 * Mail delivery and the outbox. With SMTP configured, a job drains the outbox (`mail_message`,
 * written by `queueMail` in each cause's transaction) every few seconds on whichever process gets
 * the run; without it nothing is sent and the outbox shows the mail as waiting (decision 009).
 */
export const mailPlugin: FastifyPluginAsyncZod<MailPluginOptions> = async (app, options) => {
  const policy: MailDeliveryPolicy = { ...DEFAULT_MAIL_POLICY, ...options.policy };
  const settings: MailDeliverySettings = { smtpConfigured: options.smtp !== undefined, from: options.smtp?.from ?? null, maxAttempts: policy.retryLimit + 1 };
  const smtp = options.smtp;
  if (smtp) {
    const timeouts = { ...DEFAULT_SMTP_TIMEOUTS, ...options.timeouts };
    app.jobs.define({
      name: MAIL_DELIVERY_JOB,
      everySeconds: MAIL_DELIVERY_EVERY_SECONDS,
      runAtStart: true,
      // A run fails only when the database does; each mail's own retries are kept on its row.
      retry: { retryLimit: 2, retryDelaySeconds: 10, retryBackoff: true },
      timeoutSeconds: policy.sendTimeoutSeconds,
      handler: async (ctx) => {
        const sender = smtpSender(smtp, timeouts);
        try {
          const result = await deliverQueuedMail(ctx.db, sender, policy);
          if (result.sent + result.retrying + result.failed + result.released > 0) ctx.log.info(result, 'mail delivery');
          return result;
        } finally {
          sender.close();
        }
      },
    });
  }

  app.get('/api/admin/mail', { config: read, schema: { tags, querystring: mailOutboxQuery, response: { 200: mailOutboxPage } } }, async (req) =>
    listOutbox(app.db, req.ctx, req.query, settings),
  );
  app.get('/api/admin/mail/:id', { config: read, schema: { tags, params: idParams, response: { 200: mailView } } }, async (req) =>
    getMail(app.db, req.ctx, req.params.id),
  );
  app.post('/api/admin/mail/:id/retry', { config: retry, schema: { tags, params: idParams, response: { 200: mailView } } }, async (req) => {
    const view = await retryMail(app.db, req.ctx, req.params.id);
    // After the commit: the next run would take it anyway; this one starts it now.
    await app.jobs.trigger(MAIL_DELIVERY_JOB).catch((err: unknown) => req.log.warn({ err }, 'mail delivery could not be started'));
    return view;
  });
};
