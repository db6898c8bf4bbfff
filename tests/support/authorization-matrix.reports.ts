import type { Role } from '../../src/shared/users/roles';

// OVR-2: staff read the committee's report; partners and steering members alone do not.
const STAFF: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];

/** Routes of the committee's report and the open statistics (issue 13) and who may call them (see authorization-matrix.ts). */
export const reportsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/reports/committee': STAFF,
  'GET /api/reports/committee/export': STAFF,
};
