import type { Role } from '../../src/shared/users/roles';

// Issue 12: the outbox and the background jobs are for administrators only.
const ADMIN: Role[] = ['admin'];

/** Routes of the outbox and the background jobs and who may call them (see authorization-matrix.ts). */
export const mailMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/admin/mail': ADMIN,
  'GET /api/admin/mail/:id': ADMIN,
  'POST /api/admin/mail/:id/retry': ADMIN,
  'GET /api/admin/jobs': ADMIN,
};
