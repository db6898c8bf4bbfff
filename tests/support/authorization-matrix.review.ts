import type { Role } from '../../src/shared/users/roles';

/** Routes of the review slice and who may call them (see authorization-matrix.ts). */
export const reviewMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {};
