/** Days an unconfirmed subscription waits for its confirmation before it is deleted (IOP-10). */
export const CONFIRMATION_VALID_DAYS = 7;

/**
 * Confirmation mails one address may get per day (IOP-10): a person who lost the first mail can
 * ask again, while nobody can use the form to flood someone else's mailbox.
 */
export const CONFIRMATION_MAILS_PER_ADDRESS_PER_DAY = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a confirmation link sent at a moment stops working. */
export function confirmationExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + CONFIRMATION_VALID_DAYS * DAY_MS);
}

/** What a subscription request does to an address, by what is stored for it (IOP-10, double opt-in). */
export type SubscribeAction =
  /** A new address: store it as pending and send a confirmation link. */
  | 'create_pending'
  /** Pending (or expired): a new confirmation link replaces the old one. */
  | 'resend_confirmation'
  /** Already confirmed: nothing changes; a mail tells the owner so and how to leave. */
  | 'remind_confirmed';

/** The action for an address that is new (`undefined`), pending or confirmed. */
export function subscribeAction(current: 'pending' | 'confirmed' | undefined): SubscribeAction {
  if (current === undefined) return 'create_pending';
  return current === 'pending' ? 'resend_confirmation' : 'remind_confirmed';
}

/** What a confirmation link does, by the subscription it belongs to and the moment it is followed. */
export function confirmOutcome(
  subscription: { status: 'pending' | 'confirmed'; confirmExpiresAt: Date } | undefined,
  now: Date,
): 'confirm' | 'already_confirmed' | 'expired' | 'invalid' {
  if (!subscription) return 'invalid';
  if (subscription.status === 'confirmed') return 'already_confirmed';
  return subscription.confirmExpiresAt.getTime() <= now.getTime() ? 'expired' : 'confirm';
}
