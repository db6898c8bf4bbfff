import type { Role } from '../../src/shared/users/roles';

/**
 * Every API route and who may call it, written out by hand so that a change of access in code
 * must be matched here: `public` (anyone), `authenticated` (any logged-in role) or the roles.
 * The matrix test fails when a registered route is missing from this table or vice versa.
 */
export const authorizationMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'authenticated',
  'POST /api/auth/logout': 'authenticated',
  'POST /api/auth/password': 'authenticated',
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'GET /api/users/:id': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/users/:id/disable': ['admin'],
  'POST /api/users/:id/enable': ['admin'],
  'POST /api/users/:id/reset-password': ['admin'],
  'GET /api/api-tokens': ['admin'],
  'POST /api/api-tokens': ['admin'],
  'POST /api/api-tokens/:id/revoke': ['admin'],
  'GET /api/audit-log': ['admin'],
};
