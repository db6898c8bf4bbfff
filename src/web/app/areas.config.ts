import { hasPermission, type Permission } from '../../shared/users/permissions.rules';
import type { Role } from '../../shared/users/roles';

/**
 * The areas of Samverkan in menu order; `built` tells whether this version has the area yet,
 * and `permission`, when given, who may see it (the server refuses the data to others too).
 */
export const AREAS = [
  { key: 'organisations', path: '/organisationer', built: true, permission: 'organisations.read' },
  { key: 'initiatives', path: '/initiativ', built: true, permission: 'initiatives.read' },
  { key: 'review', path: '/beredningsgrupp', built: true, permission: 'initiatives.read' },
  { key: 'cooperations', path: '/samverkan', built: true, permission: 'cooperations.read' },
  { key: 'steeringGroups', path: '/styrgrupper', built: true, permission: 'governance.read' },
  { key: 'annualReviews', path: '/arlig-oversyn', built: true, permission: 'annual-reviews.read' },
  { key: 'followUp', path: '/follow-up', built: false },
  { key: 'employers', path: '/employers', built: false },
  { key: 'reports', path: '/reports', built: false },
] as const satisfies readonly { key: string; path: string; built: boolean; permission?: Permission }[];

export type Area = (typeof AREAS)[number];
export type AreaKey = Area['key'];

/** Whether a user with these roles sees an area in the menu and on the start page. */
export function isAreaVisible(area: Area, roles: readonly Role[]): boolean {
  return !('permission' in area) || hasPermission(roles, area.permission);
}

/** The administration pages, each guarded by the permission the server checks too. */
export const ADMIN_PAGES = [
  { key: 'users', path: '/admin/users', permission: 'users.manage' },
  { key: 'apiTokens', path: '/admin/api-tokens', permission: 'api-tokens.manage' },
  { key: 'auditLog', path: '/admin/audit-log', permission: 'audit.read' },
  { key: 'thresholds', path: '/admin/thresholds', permission: 'thresholds.manage' },
  { key: 'settings', path: '/admin/settings', permission: 'settings.manage' },
] as const;

export type AdminPage = (typeof ADMIN_PAGES)[number];
