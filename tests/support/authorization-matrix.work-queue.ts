import type { Role } from '../../src/shared/users/roles';

// Issue 12: every staff role has an "Att göra" list; a partner has its own (its organisation's
// reports due and decisions waiting for it, decision 008).
const WITH_LIST: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'];

/** Routes of the work queue and who may call them (see authorization-matrix.ts). */
export const workQueueMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/work-queue': WITH_LIST,
  'GET /api/work-queue/count': WITH_LIST,
};
