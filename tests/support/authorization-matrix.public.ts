import type { Role } from '../../src/shared/users/roles';

/** Routes of the public slice and who may call them (see authorization-matrix.ts). */
export const publicMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/public/iop': 'public',
  'GET /api/public/iop.csv': 'public',
  'GET /api/cooperations/:id/publication': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'POST /api/cooperations/:id/publication': ['officer', 'manager', 'admin'],
  'GET /api/public/publisher': 'public',
  // OVR-2, AGR-6: the open statistics need no login.
  'GET /api/public/statistics': 'public',
  'GET /api/public/statistics.csv': 'public',
  // IOP-10: the newsletter's public side; anyone subscribes, confirms, leaves and reads the news.
  'POST /api/public/newsletter/subscriptions': 'public',
  'POST /api/public/newsletter/confirm': 'public',
  'POST /api/public/newsletter/unsubscribe': 'public',
  'GET /api/public/newsletter/items': 'public',
};
