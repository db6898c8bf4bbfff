import type { i18n as I18n } from 'i18next';

// The jobs the server declares (each module's `*_JOB` constant), by the message that says what they do.
const JOB_LABELS: Record<string, string> = {
  'audit.verify-chain': 'outbox.jobAuditVerifyChain',
  'audit.publish-head': 'outbox.jobAuditPublishHead',
  'mail.deliver': 'outbox.jobMailDeliver',
  'files.remove-orphan-blobs': 'outbox.jobFilesRemoveOrphanBlobs',
  'notifications.weekly-digest': 'outbox.jobNotificationsWeeklyDigest',
  'lifecycle.termination-sweep': 'outbox.jobLifecycleTerminationSweep',
  'newsletter.purge-unconfirmed': 'outbox.jobNewsletterPurgeUnconfirmed',
};

/** What a background job does, in words; a job the web app does not know is shown by its name. */
export function jobLabel(name: string, i18n: I18n): string {
  const key = JOB_LABELS[name];
  return key ? i18n.t(key as never) : name;
}
