import type { Role } from '../../src/shared/users/roles';

// EMP-2: staff read an employer's controls; officers, managers and admins record checks; only an
// administrator adds a procurement programme or changes a control's re-check interval.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];
const ADMIN: Role[] = ['admin'];

/** Routes of the employer controls and who may call them (see authorization-matrix.ts). */
export const employerControlsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/employers/:organisationId/controls': READERS,
  'POST /api/employers/:organisationId/control-checks': WRITERS,
  'POST /api/employers/:organisationId/control-checks/evidence': WRITERS,
  'GET /api/employers/:organisationId/control-checks/:checkId/evidence': READERS,
  'POST /api/reference/employer-controls': ADMIN,
  'PATCH /api/reference/employer-controls/:programmeCode/controls/:controlCode': ADMIN,
};
