/** The areas of Samverkan in menu order; `built` tells whether this version has the area yet. */
export const AREAS = [
  { key: 'organisations', path: '/organisations', built: false },
  { key: 'initiatives', path: '/initiatives', built: false },
  { key: 'cooperations', path: '/cooperations', built: false },
  { key: 'steeringGroups', path: '/steering-groups', built: false },
  { key: 'followUp', path: '/follow-up', built: false },
  { key: 'employers', path: '/employers', built: false },
  { key: 'reports', path: '/reports', built: false },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaKey = Area['key'];

/** The administration pages, each guarded by the permission the server checks too. */
export const ADMIN_PAGES = [
  { key: 'users', path: '/admin/users', permission: 'users.manage' },
  { key: 'apiTokens', path: '/admin/api-tokens', permission: 'api-tokens.manage' },
  { key: 'auditLog', path: '/admin/audit-log', permission: 'audit.read' },
] as const;

export type AdminPage = (typeof ADMIN_PAGES)[number];
