import type { MailStatusValue } from '../../../shared/mail/mail.schemas';

/** The badge colour of each mail status. */
export const MAIL_STATUS_COLOR: Record<MailStatusValue, string> = { queued: 'blue', sending: 'cyan', sent: 'green', failed: 'red' };

/** The message key of a mail's status: a queued mail without SMTP says that it waits for one. */
export function mailStatusKey(status: MailStatusValue, smtpConfigured: boolean) {
  return status === 'queued' && !smtpConfigured ? ('outbox.status_queuedNoSmtp' as const) : (`outbox.status_${status}` as const);
}
