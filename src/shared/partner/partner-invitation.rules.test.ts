import { describe, expect, it } from 'vitest';
import { acceptanceRefusal, DEFAULT_PARTNER_ACCOUNT_LIMITS, invitationExpiry, invitationRefusal, invitationStatus } from './partner-invitation.rules';

const now = new Date('2026-12-06T12:00:00Z');
const pending = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-12-13T12:00:00Z') };

describe('invitation status (issue 15)', () => {
  it('is pending until it expires, then expired', () => {
    expect(invitationStatus(pending, now)).toBe('pending');
    expect(invitationStatus(pending, new Date('2026-12-13T12:00:00Z'))).toBe('expired');
  });
  it('is accepted or revoked for good, whatever the expiry', () => {
    expect(invitationStatus({ ...pending, acceptedAt: now }, new Date('2027-01-01'))).toBe('accepted');
    expect(invitationStatus({ ...pending, revokedAt: now }, now)).toBe('revoked');
  });
  it('refuses a used, revoked or expired link and lets a pending one through', () => {
    expect(acceptanceRefusal({ ...pending, acceptedAt: now }, now)).toBe('invitation_used');
    expect(acceptanceRefusal({ ...pending, revokedAt: now }, now)).toBe('invitation_revoked');
    expect(acceptanceRefusal({ ...pending, expiresAt: now }, now)).toBe('invitation_expired');
    expect(acceptanceRefusal(pending, now)).toBeNull();
  });
  it('expires the number of days the setting gives', () => {
    expect(invitationExpiry(now, 7).toISOString()).toBe('2026-12-13T12:00:00.000Z');
  });
});

describe('who may invite (issue 15)', () => {
  const facts = { limits: DEFAULT_PARTNER_ACCOUNT_LIMITS, activeAccounts: 1, pendingInvitations: 0, asContact: false };
  it('lets staff invite beyond the limits they set, contacts included', () => {
    expect(invitationRefusal('staff', { ...facts, activeAccounts: 50, asContact: true })).toBeNull();
  });
  it('lets the contact invite an ordinary account below the most allowed', () => {
    expect(invitationRefusal('contact', facts)).toBeNull();
  });
  it('refuses the contact when staff do not allow it to invite', () => {
    expect(invitationRefusal('contact', { ...facts, limits: { maxAccounts: 5, contactMayInvite: false } })).toBe('contact_may_not_invite');
  });
  it('never lets the contact make another contact', () => {
    expect(invitationRefusal('contact', { ...facts, asContact: true })).toBe('contact_may_not_grant_contact');
  });
  it('counts pending invitations with the active accounts against the most allowed', () => {
    expect(invitationRefusal('contact', { ...facts, activeAccounts: 3, pendingInvitations: 2 })).toBe('partner_account_limit_reached');
    expect(invitationRefusal('contact', { ...facts, activeAccounts: 3, pendingInvitations: 1 })).toBeNull();
  });
});
