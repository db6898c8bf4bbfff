import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../config/env';
import type { MailMessageRow } from '../../db/schema-mail';

/** Hands one mail to the outgoing server; resolves with the Message-ID it went out with, throws when refused. */
export type MailSender = {
  send: (mail: MailMessageRow) => Promise<{ messageId: string }>;
  close: () => void;
};

/** How long the SMTP conversation may stall before an attempt counts as failed. */
export type SmtpTimeouts = { connectionMs: number; greetingMs: number; socketMs: number };

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 15_000, greetingMs: 15_000, socketMs: 60_000 };

/** The domain of the sender address, for Message-IDs (`Samverkan <noreply@kommun.se>` → `kommun.se`). */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'localhost';
}

/**
 * A sender through the configured SMTP server. Each mail's Message-ID is made from its outbox id,
 * so the copy of a mail sent again after a crash carries the same id as the first.
 */
export function smtpSender(smtp: SmtpConfig, timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): MailSender {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    ...(smtp.user !== undefined && smtp.password !== undefined ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
  });
  const domain = senderDomain(smtp.from);
  return {
    send: async (mail) => {
      const messageId = `<${mail.id}@${domain}>`;
      const info = await transport.sendMail({
        from: smtp.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        ...(mail.html_body ? { html: mail.html_body } : {}),
        messageId,
        headers: { 'Content-Language': mail.language },
      });
      return { messageId: info.messageId || messageId };
    },
    close: () => transport.close(),
  };
}
