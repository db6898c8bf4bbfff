import type { Role } from '../../src/shared/users/roles';

// Staff follow every body; a steering member reads only the bodies they sit on (checked in the
// service, so the route is open to the role). Officers, managers and admins keep the records;
// members who are managers or steering members vote on joint decisions (IOP-6).
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];
const VOTERS: Role[] = ['manager', 'steering_member'];

/** Routes of the governance slice and who may call them (see authorization-matrix.ts). */
export const governanceMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/governance-bodies': READERS,
  'POST /api/governance-bodies': WRITERS,
  'GET /api/governance-bodies/:id': READERS,
  'PATCH /api/governance-bodies/:id': WRITERS,
  'POST /api/governance-bodies/:id/members': WRITERS,
  'PATCH /api/governance-members/:id': WRITERS,
  'GET /api/cooperations/:id/governance': READERS,
  'POST /api/governance-bodies/:id/decisions': WRITERS,
  'POST /api/decisions/:id/approve': VOTERS,
  'POST /api/decisions/:id/reject': VOTERS,
  'GET /api/governance-bodies/:id/meetings': READERS,
  'POST /api/governance-bodies/:id/meetings': WRITERS,
  'GET /api/meetings/:id': READERS,
  'PATCH /api/meetings/:id': WRITERS,
  'POST /api/meetings/:id/action-items': WRITERS,
  'PATCH /api/action-items/:id': WRITERS,
  'GET /api/meetings/:id/attachments': READERS,
  'POST /api/meetings/:id/attachments': WRITERS,
  'GET /api/meetings/:id/attachments/:attachmentId/content': READERS,
  'GET /api/governance-bodies/:id/cycle': READERS,
  'POST /api/cycle-tasks/:id/complete': WRITERS,
};
