import type { Role } from '../../src/shared/users/roles';

// IOP-10: those who publish IOPs on the public page write and send its newsletter.
const WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Staff routes of the IOP newsletter and who may call them (see authorization-matrix.ts); the public routes are in the public slice. */
export const newsletterMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/newsletter': WRITERS,
  'POST /api/newsletter/items': WRITERS,
  'GET /api/newsletter/items/:id': WRITERS,
  'PATCH /api/newsletter/items/:id': WRITERS,
  'POST /api/newsletter/items/:id/send': WRITERS,
};
