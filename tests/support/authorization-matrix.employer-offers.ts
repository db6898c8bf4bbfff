import type { Role } from '../../src/shared/users/roles';

// EMP-4: staff read offers and job tracks; officers, managers and admins record them.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];

/** Routes of job partnerships' offers and of job tracks and who may call them (see authorization-matrix.ts). */
export const employerOffersMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/cooperations/:id/offers': READERS,
  'POST /api/cooperations/:id/offers': WRITERS,
  'POST /api/offers/:id/close': WRITERS,
  'PUT /api/offers/:id/outcomes': WRITERS,
  'GET /api/job-tracks': READERS,
  'GET /api/job-tracks/export': READERS,
  'GET /api/job-tracks/options': READERS,
  'POST /api/job-tracks': WRITERS,
  'GET /api/job-tracks/:id': READERS,
  'POST /api/job-tracks/:id/start': WRITERS,
  'POST /api/job-tracks/:id/end': WRITERS,
  'POST /api/job-tracks/:id/employers': WRITERS,
};
