import type { Role } from '../../src/shared/users/roles';

/** Routes of the guidance slice and who may call them (see authorization-matrix.ts). */
export const guidanceMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/thresholds': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'POST /api/thresholds': ['admin'],
  'PATCH /api/thresholds/:id': ['admin'],
  'POST /api/form-guidance': ['officer', 'manager', 'review_group', 'economist', 'admin'],
};
