import type { i18n as I18n } from 'i18next';

const FIXED_KINDS: Record<string, string> = {
  digest: 'outbox.kindDigest',
  newsletter: 'outbox.kindNewsletter',
  'newsletter.confirm': 'outbox.kindNewsletterConfirm',
  'newsletter.already_subscribed': 'outbox.kindNewsletterAlreadySubscribed',
};

/** A mail kind in words ("Avisering: Nytt förslag …"); a kind the app does not know is shown as stored. */
export function mailKindLabel(kind: string, i18n: I18n): string {
  const fixed = FIXED_KINDS[kind];
  if (fixed) return i18n.t(fixed as never);
  if (kind.startsWith('notification.')) {
    const typeKey = `notifications.type_${kind.slice('notification.'.length)}`;
    if (i18n.exists(typeKey)) return i18n.t('outbox.kindNotification', { type: i18n.t(typeKey as never) });
  }
  return kind;
}
