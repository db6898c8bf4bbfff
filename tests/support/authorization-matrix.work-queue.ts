import type { Role } from '../../src/shared/users/roles';

// Issue 12: every staff role has an "Att göra" list; a partner has none.
const STAFF: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'];

/** Routes of the work queue and who may call them (see authorization-matrix.ts). */
export const workQueueMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/work-queue': STAFF,
  'GET /api/work-queue/count': STAFF,
};
