import type { Role } from '../../src/shared/users/roles';

// Every staff role may follow the review group's work; only its members record it (INI-2).
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const MEMBERS: Role[] = ['review_group'];

/** Routes of the review slice and who may call them (see authorization-matrix.ts). */
export const reviewMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/review-queue': READERS,
  'GET /api/review-meetings': READERS,
  'POST /api/review-meetings': MEMBERS,
  'GET /api/review-meetings/:id': READERS,
  'PATCH /api/review-meetings/:id': MEMBERS,
  'POST /api/review-meetings/:id/agenda-items': MEMBERS,
  'POST /api/review-meetings/:id/hold': MEMBERS,
  'GET /api/review-meetings/:id/minutes.pdf': READERS,
  'POST /api/initiatives/:id/recommendations': MEMBERS,
  // INI-7: the yearly follow-up of running cooperations.
  'PUT /api/review-meetings/:id/attendees': MEMBERS,
  'POST /api/review-meetings/:id/follow-ups': MEMBERS,
  'GET /api/review-follow-ups/due': READERS,
};
