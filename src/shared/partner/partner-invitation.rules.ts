/** Where an invitation to a partner account stands (issue 15). */
export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

/** What staff allow an organisation's partner accounts; the defaults hold until staff change them. */
export type PartnerAccountLimits = { maxAccounts: number; contactMayInvite: boolean };

/** Five accounts and an inviting contact: enough for a small association's board, and staff may change it. */
export const DEFAULT_PARTNER_ACCOUNT_LIMITS: PartnerAccountLimits = { maxAccounts: 5, contactMayInvite: true };

/** The facts an invitation's status is read from. */
export type InvitationFacts = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

/** An invitation is accepted or revoked for good; otherwise it is pending until it expires (issue 15). */
export function invitationStatus(invitation: InvitationFacts, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** Why a link may not be used to create an account, or null when it may (single use, expiry, revocation). */
export function acceptanceRefusal(invitation: InvitationFacts, now: Date): 'invitation_used' | 'invitation_revoked' | 'invitation_expired' | null {
  switch (invitationStatus(invitation, now)) {
    case 'accepted':
      return 'invitation_used';
    case 'revoked':
      return 'invitation_revoked';
    case 'expired':
      return 'invitation_expired';
    default:
      return null;
  }
}

/** When an invitation made now stops being usable. */
export function invitationExpiry(now: Date, validDays: number): Date {
  return new Date(now.getTime() + validDays * 24 * 60 * 60 * 1000);
}

/** Who invites: staff (bound by nothing but an active organisation) or the organisation's own contact. */
export type Inviter = 'staff' | 'contact';

/**
 * Why an invitation may not be made, or null when it may. The organisation's contact invites only
 * when staff allow it, only ordinary accounts (staff alone choose contacts), and only while the
 * active accounts and pending invitations together stay below the most staff allow; staff, who
 * set the limits, are not bound by the count.
 */
export function invitationRefusal(
  inviter: Inviter,
  facts: { limits: PartnerAccountLimits; activeAccounts: number; pendingInvitations: number; asContact: boolean },
): 'contact_may_not_invite' | 'contact_may_not_grant_contact' | 'partner_account_limit_reached' | null {
  if (inviter === 'staff') return null;
  if (!facts.limits.contactMayInvite) return 'contact_may_not_invite';
  if (facts.asContact) return 'contact_may_not_grant_contact';
  if (facts.activeAccounts + facts.pendingInvitations >= facts.limits.maxAccounts) return 'partner_account_limit_reached';
  return null;
}
