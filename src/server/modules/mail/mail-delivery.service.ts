import type { Db } from '../../db/database';
import { retryDelaySeconds, type RetryPolicy } from '../jobs/job-registry';
import { claimNextDueMail, markMailAttemptFailed, markMailSent, releaseStaleClaims } from './mail.repository';
import type { MailSender } from './mail.sender';

/** How mail delivery retries: the job queue's policy shape, applied per mail on its outbox row. */
export type MailDeliveryPolicy = RetryPolicy & {
  /** A claim older than this is taken to be from a process that stopped while sending. */
  sendTimeoutSeconds: number;
  /** Mails one run sends at most (the next run takes the rest). */
  batchLimit: number;
};

/** Six attempts over about an hour: 1, 2, 4, 8 and 16 minutes apart. */
export const DEFAULT_MAIL_POLICY: MailDeliveryPolicy = {
  retryLimit: 5,
  retryDelaySeconds: 60,
  retryBackoff: true,
  sendTimeoutSeconds: 10 * 60,
  batchLimit: 200,
};

/** The note left on a mail whose sender stopped while sending it. */
export const INTERRUPTED_NOTE = 'Sändningen avbröts (processen stoppades); försöks igen';

export type DeliveryResult = { sent: number; retrying: number; failed: number; released: number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2_000);

/**
 * Sends the due queued mail, one claimed row at a time so that any number of processes can drain
 * the outbox together and each mail goes out once. A refused or failed attempt waits by the policy
 * (attempts and the last error stay on the row); after the last attempt the mail is `failed`.
 * Claims left by a stopped process are given back first.
 */
export async function deliverQueuedMail(db: Db, sender: MailSender, policy: MailDeliveryPolicy): Promise<DeliveryResult> {
  const maxAttempts = policy.retryLimit + 1;
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0, released: 0 };
  result.released = await releaseStaleClaims(db, policy.sendTimeoutSeconds, maxAttempts, INTERRUPTED_NOTE);
  while (result.sent + result.retrying + result.failed < policy.batchLimit) {
    const mail = await claimNextDueMail(db);
    if (!mail) break;
    try {
      const { messageId } = await sender.send(mail);
      await markMailSent(db, mail.id, messageId);
      result.sent += 1;
    } catch (error) {
      const final = mail.attempts >= maxAttempts;
      await markMailAttemptFailed(db, mail.id, errorText(error), { final, retryAfterSeconds: retryDelaySeconds(policy, mail.attempts) });
      if (final) result.failed += 1;
      else result.retrying += 1;
    }
  }
  return result;
}
