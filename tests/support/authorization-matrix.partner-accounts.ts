import type { Role } from '../../src/shared/users/roles';

// Issue 15: those who register organisations (officers, managers, admins) manage any organisation's
// partner accounts; a partner manages its own organisation's only as its contact (the service keeps
// it there); the invited person opens and accepts the link without an account.
const STAFF: Role[] = ['officer', 'manager', 'admin'];
const PARTNER: Role[] = ['partner'];

/** Routes of invited partner accounts and who may call them (see authorization-matrix.ts). */
export const partnerAccountsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/organisations/:id/partner-people': STAFF,
  'POST /api/organisations/:id/partner-invitations': STAFF,
  'POST /api/organisations/:id/partner-invitations/:invitationId/revoke': STAFF,
  'POST /api/organisations/:id/partner-accounts/:userId/end': STAFF,
  'PUT /api/organisations/:id/partner-accounts/:userId/contact': STAFF,
  'PUT /api/organisations/:id/partner-account-limits': STAFF,
  'GET /api/partner/people': PARTNER,
  'POST /api/partner/people/invitations': PARTNER,
  'POST /api/partner/people/invitations/:invitationId/revoke': PARTNER,
  'POST /api/partner/people/:userId/end': PARTNER,
  'GET /api/public/invitations/:token': 'public',
  'POST /api/public/invitations/:token/accept': 'public',
};
