import type { Role } from '../../src/shared/users/roles';

/** Routes of the structure slice and who may call them (see authorization-matrix.ts). */
export const structureMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {};
