import type { Role } from '../../src/shared/users/roles';

// Initiatives are read by every staff role and registered by officers, managers and admins;
// the public form and its reference data need no login (IOP-10).
const STAFF_READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Routes of the initiatives slice and who may call them (see authorization-matrix.ts). */
export const initiativesMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/initiatives': STAFF_READERS,
  'POST /api/initiatives': WRITERS,
  'GET /api/initiatives/:id': STAFF_READERS,
  'PATCH /api/initiatives/:id': WRITERS,
  'POST /api/initiatives/:id/withdraw': WRITERS,
  'PUT /api/initiatives/:id/registry-number': WRITERS,
  'GET /api/initiatives/:id/history': STAFF_READERS,
  'POST /api/initiatives/:id/attachments': WRITERS,
  'GET /api/initiatives/:id/attachments/:attachmentId/content': STAFF_READERS,
  'POST /api/public/initiatives': 'public',
  'GET /api/public/reference-data': 'public',
};
