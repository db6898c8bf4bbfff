import { invitationStatus } from '../../../shared/partner/partner-invitation.rules';
import type { PartnerAccountView, PartnerInvitationView } from '../../../shared/partner/partner-invitation.schemas';
import type { PartnerInvitationRow } from '../../db/schema-partner-invitations';
import type { PartnerAccountWithUser } from './partner-accounts.repository';

/** An invitation as staff and the contact see it; never its token or hash. */
export function toInvitationView(row: PartnerInvitationRow & { invited_by_name?: string | null }, now: Date): PartnerInvitationView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    asContact: row.as_contact,
    status: invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now),
    invitedBy: row.invited_by_name ?? null,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** A partner account with its person. */
export function toAccountView(row: PartnerAccountWithUser): PartnerAccountView {
  return { userId: row.user_id, name: row.name, email: row.email, status: row.status, isContact: row.is_contact, createdAt: row.created_at.toISOString() };
}

/** What the audit log keeps of an invitation: whom, for which organisation, as contact or not. */
export function auditedInvitation(row: PartnerInvitationRow): Record<string, unknown> {
  return { organisationId: row.organisation_id, email: row.email, name: row.name, asContact: row.as_contact, expiresAt: row.expires_at.toISOString() };
}
