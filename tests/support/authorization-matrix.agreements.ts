import type { Role } from '../../src/shared/users/roles';

// Staff read agreements; officers, managers and admins draft, revise, file and annex them.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Routes of the agreements slice and who may call them (see authorization-matrix.ts). */
export const agreementsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/agreements': READERS,
  'POST /api/agreements': WRITERS,
  'GET /api/agreements/:id': READERS,
  'PATCH /api/agreements/:id': WRITERS,
  'GET /api/agreements/:id/versions/:number': READERS,
  'POST /api/agreements/:id/revisions': WRITERS,
  'GET /api/agreements/:id/compare': READERS,
  'POST /api/agreements/:id/signed-document': WRITERS,
  'POST /api/agreements/:id/annexes': WRITERS,
  'POST /api/annexes/:id/versions': WRITERS,
  'GET /api/agreements/:id/versions/:number/signed-document': READERS,
  'GET /api/annexes/:id/versions/:number/file': READERS,
  'POST /api/annexes/:id/file-versions': WRITERS,
};
