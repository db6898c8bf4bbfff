import type { Role } from '../../src/shared/users/roles';

// Issue 12: every logged-in user has notifications and preferences of their own (the service
// keeps each user to their own rows).
/** Routes of notifications and who may call them (see authorization-matrix.ts). */
export const notificationsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/notifications': 'authenticated',
  'GET /api/notifications/unread-count': 'authenticated',
  'POST /api/notifications/:id/read': 'authenticated',
  'POST /api/notifications/read-all': 'authenticated',
  'GET /api/notifications/preferences': 'authenticated',
  'PUT /api/notifications/preferences': 'authenticated',
};
