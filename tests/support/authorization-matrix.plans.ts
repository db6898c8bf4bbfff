import type { Role } from '../../src/shared/users/roles';

// Staff read every plan; a steering member reads the plans of the cooperations their body governs
// (checked in the service, so the route is open to the role). Officers, managers and admins draft,
// propose and assess plans; adoption itself is the steering body's joint decision (IOP-6).
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Routes of activity plans and who may call them (see authorization-matrix.ts). */
export const plansMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/agenda-goals': READERS,
  'GET /api/cooperations/:id/plans': READERS,
  'POST /api/cooperations/:id/plans': WRITERS,
  'GET /api/plans/:id': READERS,
  'PATCH /api/plans/:id': WRITERS,
  'POST /api/plans/:id/propose': WRITERS,
  'POST /api/plans/:id/indicators/:indicatorId/assessment': WRITERS,
};
