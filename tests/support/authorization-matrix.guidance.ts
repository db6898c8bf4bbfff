import type { Role } from '../../src/shared/users/roles';

/** Routes of the guidance slice and who may call them (see authorization-matrix.ts). */
export const guidanceMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {};
