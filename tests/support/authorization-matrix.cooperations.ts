import type { Role } from '../../src/shared/users/roles';

const READ: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITE: Role[] = ['officer', 'manager', 'admin'];
// INI-6: the responsible manager moves a cooperation through its lifecycle.
const TRANSITION: Role[] = ['manager'];

/** Routes of the cooperations slice and who may call them (see authorization-matrix.ts). */
export const cooperationsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/cooperations': READ,
  'GET /api/cooperations/export': READ,
  'POST /api/cooperations': WRITE,
  'GET /api/cooperations/:id': READ,
  'PATCH /api/cooperations/:id': WRITE,
  'GET /api/cooperations/:id/history': READ,
  'GET /api/cooperations/:id/gates': READ,
  'POST /api/cooperations/:id/transitions': TRANSITION,
  'GET /api/saved-filters': READ,
  'POST /api/saved-filters': READ,
  'DELETE /api/saved-filters/:id': READ,
};
