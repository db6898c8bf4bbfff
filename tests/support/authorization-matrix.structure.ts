import type { Role } from '../../src/shared/users/roles';

// As for governance bodies: staff read every body's structure, a steering member only the bodies
// they sit on (checked in the service); officers, managers and admins keep the representation.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Routes of the structure slice and who may call them (see authorization-matrix.ts). */
export const structureMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/governance-bodies/:id/representation': READERS,
  'PUT /api/governance-bodies/:id/representation': WRITERS,
  'GET /api/governance-structure': READERS,
};
