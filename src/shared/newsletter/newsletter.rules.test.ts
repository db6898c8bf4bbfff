import { describe, expect, it } from 'vitest';
import { CONFIRMATION_VALID_DAYS, confirmationExpiresAt, confirmOutcome, subscribeAction } from './newsletter.rules';

describe('newsletter subscriptions (IOP-10)', () => {
  it('IOP-10: a confirmation link works for 7 days from when it was sent', () => {
    expect(CONFIRMATION_VALID_DAYS).toBe(7);
    expect(confirmationExpiresAt(new Date('2026-03-01T08:00:00Z')).toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });

  it('IOP-10: a new address is stored pending, a pending one gets a new link, a confirmed one is left as it is', () => {
    expect(subscribeAction(undefined)).toBe('create_pending');
    expect(subscribeAction('pending')).toBe('resend_confirmation');
    expect(subscribeAction('confirmed')).toBe('remind_confirmed');
  });

  it('IOP-10: a link confirms a pending subscription before it expires; afterwards, or for nothing, it does nothing', () => {
    const expires = new Date('2026-03-08T08:00:00Z');
    expect(confirmOutcome({ status: 'pending', confirmExpiresAt: expires }, new Date('2026-03-08T07:59:59Z'))).toBe('confirm');
    expect(confirmOutcome({ status: 'pending', confirmExpiresAt: expires }, expires)).toBe('expired');
    expect(confirmOutcome({ status: 'confirmed', confirmExpiresAt: expires }, new Date('2026-04-01T00:00:00Z'))).toBe('already_confirmed');
    expect(confirmOutcome(undefined, expires)).toBe('invalid');
  });
});
