import type { Role } from '../../src/shared/users/roles';

// Staff read cooperations and reviews; the manager ends cooperations (INI-6) and records the annual review (IOP-8).
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const MANAGER: Role[] = ['manager'];

/** Routes of the lifecycle slice and who may call them (see authorization-matrix.ts). */
export const lifecycleMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/cooperations/:id/termination': READERS,
  'POST /api/cooperations/:id/termination': MANAGER,
  'POST /api/cooperations/:id/termination/withdraw': MANAGER,
  'POST /api/cooperations/:id/termination/evidence': MANAGER,
  'GET /api/cooperations/:id/terminations/:terminationId/evidence': READERS,
  'GET /api/agreements/:id/annual-reviews': READERS,
  'POST /api/agreements/:id/annual-reviews': MANAGER,
  'GET /api/annual-reviews/due': READERS,
};
