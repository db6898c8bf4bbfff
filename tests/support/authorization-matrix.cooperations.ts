import type { Role } from '../../src/shared/users/roles';

/** Routes of the cooperations slice and who may call them (see authorization-matrix.ts). */
export const cooperationsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {};
