import type { Role } from '../../src/shared/users/roles';

// Issue 11, IOP-9: a partner reports on its own organisation's cooperations (the service keeps it
// to them); staff read every report, and officers, managers, economists and admins review them.
const PARTNER: Role[] = ['partner'];
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'partner', 'admin'];
const REVIEWERS: Role[] = ['officer', 'manager', 'economist', 'admin'];

/** Routes of partner reporting and who may call them (see authorization-matrix.ts). */
export const partnerMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/partner/home': PARTNER,
  'GET /api/partner/cooperations/:id/reports/:period': PARTNER,
  'PUT /api/partner/cooperations/:id/reports/:period': PARTNER,
  'POST /api/partner/cooperations/:id/reports/:period/financial-report': PARTNER,
  'POST /api/partner-reports/:id/submit': PARTNER,
  'GET /api/partner-reports': READERS,
  'GET /api/partner-reports/:id': READERS,
  'GET /api/partner-reports/:id/financial-report': READERS,
  'POST /api/partner-reports/:id/approve': REVIEWERS,
  'POST /api/partner-reports/:id/return': REVIEWERS,
};
