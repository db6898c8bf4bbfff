import type { Role } from '../../src/shared/users/roles';

/** Routes of two-factor sign-in and one's own sessions (issue 15) and who may call them (see authorization-matrix.ts). */
export const twoFactorMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'POST /api/auth/login/second-factor': 'public',
  'GET /api/auth/two-factor': 'authenticated',
  'POST /api/auth/two-factor/enrolment': 'authenticated',
  'POST /api/auth/two-factor/enrolment/confirm': 'authenticated',
  'POST /api/auth/two-factor/recovery-codes': 'authenticated',
  'POST /api/auth/two-factor/disable': 'authenticated',
  'POST /api/users/:id/two-factor/reset': ['admin'],
  'GET /api/auth/sessions': 'authenticated',
  'DELETE /api/auth/sessions/:id': 'authenticated',
  'POST /api/auth/sessions/sign-out-everywhere': 'authenticated',
};
