import type { Role } from '../../src/shared/users/roles';

// AGR-5, IOP-7: staff read follow-ups (the internal review group too, INI-7); governance writers record them.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];
// The routine template: read with the body (steering members only their own bodies); kept by governance writers
// or members of the agreement's joint beredningsgrupp — never by the internal review group's role.
const BODY_READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'];
const TEMPLATE_EDITORS: Role[] = ['officer', 'manager', 'steering_member', 'admin'];

/** Routes of the follow-up records slice and who may call them (see authorization-matrix.ts). */
export const followUpsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/cooperations/:id/follow-up-records': READERS,
  'POST /api/cooperations/:id/follow-up-records': WRITERS,
  'GET /api/cooperations/:id/follow-up-plan': READERS,
  'GET /api/follow-up-records/:id': READERS,
  'PATCH /api/follow-up-records/:id': WRITERS,
  'GET /api/governance-bodies/:id/follow-up-template': BODY_READERS,
  'PUT /api/governance-bodies/:id/follow-up-template': TEMPLATE_EDITORS,
  'GET /api/agreements/:id/strategic-follow-up': READERS,
};
