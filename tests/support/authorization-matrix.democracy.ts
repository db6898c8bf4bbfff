import type { Role } from '../../src/shared/users/roles';

// DEM-3: officers and managers prepare democracy assessments; only a manager sends back or signs.
const PREPARERS: Role[] = ['officer', 'manager'];
const MANAGER: Role[] = ['manager'];

/** Routes of democracy assessments in preparation and who may call them (see authorization-matrix.ts). */
export const democracyMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/democracy-drafts': PREPARERS,
  'POST /api/organisations/:id/democracy-drafts': PREPARERS,
  'PATCH /api/democracy-drafts/:id': PREPARERS,
  'POST /api/democracy-drafts/:id/hand-over': PREPARERS,
  'POST /api/democracy-drafts/:id/discard': PREPARERS,
  'POST /api/democracy-drafts/:id/return': MANAGER,
  'POST /api/democracy-drafts/:id/sign': MANAGER,
};
