import type { Role } from '../../src/shared/users/roles';

// AGR-4: every staff member and a partner (its own cooperations only, kept so by the service)
// report and read deviations; officers, managers, steering members and admins handle them.
const REPORTERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'];
const HANDLERS: Role[] = ['officer', 'manager', 'steering_member', 'admin'];

/** Routes of deviations and who may call them (see authorization-matrix.ts). */
export const deviationsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/deviations': REPORTERS,
  'GET /api/deviations/export': REPORTERS,
  'POST /api/deviations': REPORTERS,
  'GET /api/deviations/:id': REPORTERS,
  'POST /api/deviations/:id/actions': HANDLERS,
  'PATCH /api/deviations/:id/actions/:actionId': HANDLERS,
  'POST /api/deviations/:id/decision': HANDLERS,
  'POST /api/deviations/:id/close': HANDLERS,
};
