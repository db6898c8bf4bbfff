import type { Role } from '../../src/shared/users/roles';

// EMP-1: staff read employers and members; officers, managers and admins register and check; a manager decides.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];
const DECIDERS: Role[] = ['manager'];

/** Routes of Integrationspakten membership (issue 14, EMP-1) and who may call them (see authorization-matrix.ts). */
export const membershipMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'POST /api/public/integration-pact/applications': 'public',
  'GET /api/employers/applications': READERS,
  'POST /api/employers/applications': WRITERS,
  'GET /api/employers/applications/:id': READERS,
  'POST /api/employers/applications/:id/organisation': WRITERS,
  'POST /api/employers/applications/:id/check': WRITERS,
  'POST /api/employers/applications/:id/decision': DECIDERS,
  'POST /api/employers/applications/:id/withdrawal': WRITERS,
  'GET /api/employers/members': READERS,
  'GET /api/employers/members/export': READERS,
  'POST /api/employers/memberships/:id/end': DECIDERS,
  'GET /api/employers/:organisationId': READERS,
  'PUT /api/employers/:organisationId/profile': WRITERS,
};
