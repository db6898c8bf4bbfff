import type { Role } from '../../src/shared/users/roles';

/** Routes of single sign-on and of the group-to-role mapping and who may call them (see authorization-matrix.ts). */
export const ssoMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/auth/methods': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'POST /api/auth/oidc/logout': 'authenticated',
  'GET /api/sso/role-mappings': ['admin'],
  'POST /api/sso/role-mappings': ['admin'],
  'DELETE /api/sso/role-mappings/:id': ['admin'],
};
