import type { Role } from '../../src/shared/users/roles';

// AGR-6: staff read disaggregated measurements; officers, managers and admins record them.
// A partner reads and reports its own organisation's cooperations (issue 11 point 4); the clusters'
// mappings stay with staff.
const STAFF_READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const READERS: Role[] = [...STAFF_READERS, 'partner'];
const STAFF_WRITERS: Role[] = ['officer', 'manager', 'admin'];
const WRITERS: Role[] = [...STAFF_WRITERS, 'partner'];

/** Routes of the measurements slice and who may call them (see authorization-matrix.ts). */
export const measurementsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/cooperations/:id/measurements': READERS,
  'PUT /api/cooperations/:id/measurements': WRITERS,
  'GET /api/cooperations/:id/cluster-progression': READERS,
  'PUT /api/cooperations/:id/clusters/:clusterId/mapping': STAFF_WRITERS,
  'GET /api/measurement-categories': READERS,
  // Reference data: admins change the categories (another municipality names its own target groups).
  'POST /api/measurement-categories': ['admin'],
  'PATCH /api/measurement-categories/:dimension/:code': ['admin'],
};
