import type { Role } from '../../src/shared/users/roles';

// IOP-9: staff have insight into each cooperation's economy; officers, managers, economists and admins record it.
// FRM-7: the same staff follow the accumulated value of welfare-service procurements.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'economist', 'admin'];

/** Routes of the economy and welfare-value slice and who may call them (see authorization-matrix.ts). */
export const economyMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/cooperations/:id/economy': READERS,
  'POST /api/cooperations/:id/economy/outcomes': WRITERS,
  'PATCH /api/cooperations/:id/economy/outcomes/:entryId': WRITERS,
  'POST /api/cooperations/:id/economy/outcomes/:entryId/remove': WRITERS,
  'POST /api/cooperations/:id/economy/reconciliations': WRITERS,
  'POST /api/cooperations/:id/economy/audits': WRITERS,
  'POST /api/cooperations/:id/economy/audits/:auditId/report': WRITERS,
  'GET /api/cooperations/:id/economy/audits/:auditId/report': READERS,
  'GET /api/cooperations/:id/welfare-value': READERS,
  'POST /api/cooperations/:id/welfare-value/entries': WRITERS,
  'PATCH /api/cooperations/:id/welfare-value/entries/:entryId': WRITERS,
  'POST /api/cooperations/:id/welfare-value/entries/:entryId/remove': WRITERS,
  'PUT /api/cooperations/:id/welfare-value/advertising': WRITERS,
};
