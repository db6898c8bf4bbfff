import type { Role } from '../../src/shared/users/roles';

/** Routes of the initiatives slice and who may call them (see authorization-matrix.ts). */
export const initiativesMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {};
