import type { Role } from '../../src/shared/users/roles';

// Issue 15: the partner portal is the partner's alone (the services keep it to the organisation of
// its partner account; portal.routes.test.ts calls every route as partners of two organisations).
// Staff who handle ORG-4 today read and accept or return what partners submit.
const PARTNER: Role[] = ['partner'];
const REGISTER_READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const REGISTER_WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Routes of the partner portal and of staff handling of partner submissions (see authorization-matrix.ts). */
export const portalMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/portal/overview': PARTNER,
  'GET /api/portal/organisation': PARTNER,
  'GET /api/portal/documents/:id/content': PARTNER,
  'POST /api/portal/document-submissions': PARTNER,
  'POST /api/portal/document-submissions/absence': PARTNER,
  'GET /api/portal/document-submissions/:id/content': PARTNER,
  'GET /api/portal/cooperations': PARTNER,
  'GET /api/portal/cooperations/:id': PARTNER,
  'GET /api/portal/agreements/:id/versions/:number/signed-document': PARTNER,
  'GET /api/portal/annexes/:id/versions/:number/file': PARTNER,
  'GET /api/portal/bodies': PARTNER,
  'GET /api/portal/bodies/:id': PARTNER,
  'GET /api/portal/meetings/:id': PARTNER,
  'GET /api/portal/meetings/:id/attachments/:attachmentId/content': PARTNER,
  'GET /api/organisations/:id/document-submissions': REGISTER_READERS,
  'GET /api/document-submissions/:id/content': REGISTER_READERS,
  'POST /api/document-submissions/:id/accept': REGISTER_WRITERS,
  'POST /api/document-submissions/:id/return': REGISTER_WRITERS,
};
