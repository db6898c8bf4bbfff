import type { Role } from '../../src/shared/users/roles';

const READERS: Role[] = ['officer', 'manager', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager'];

/** Routes of VIDA payouts (FRM-5) and who may call them (see authorization-matrix.ts). */
export const vidaMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/vida/cooperations': READERS,
  'GET /api/vida/payouts': READERS,
  'GET /api/vida/payouts/export': READERS,
  'POST /api/vida/payouts': WRITERS,
  'PATCH /api/vida/payouts/:id': WRITERS,
  'DELETE /api/vida/payouts/:id': WRITERS,
};
