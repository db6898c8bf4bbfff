import type { Role } from '../../src/shared/users/roles';

/** Routes of the lifecycle slice and who may call them (see authorization-matrix.ts). */
export const lifecycleMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {};
