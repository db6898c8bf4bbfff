import type { Role } from './roles';

/**
 * Which roles hold each permission. Routes declare the permission they need and services
 * check it again, so the rule lives in one place and is the same for browser and server.
 */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'api-tokens.manage': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when any of the given roles holds the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
