/** The administrator's pages under /admin. */
import { validateAuditSearch } from '../features/audit/audit.search';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

export const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
});

export const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/AdministrationPage'), 'AdministrationPage'),
});

export const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../features/users/UsersPage'), 'UsersPage'),
});

export const apiTokensRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/api-tokens',
  component: lazyRouteComponent(() => import('../features/api-tokens/ApiTokensPage'), 'ApiTokensPage'),
});

export const thresholdsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/thresholds',
  component: lazyRouteComponent(() => import('../features/thresholds/ThresholdsPage'), 'ThresholdsPage'),
});

export const controlProgrammesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/kontrollprogram',
  component: lazyRouteComponent(() => import('../features/employer-controls/ControlProgrammesPage'), 'ControlProgrammesPage'),
});

// Issue 15: the groups from the city's sign-in and the roles they give.
export const ssoMappingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/inloggning',
  component: lazyRouteComponent(() => import('../features/sso/SsoMappingsPage'), 'SsoMappingsPage'),
});

export const settingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('../features/settings/SettingsPage'), 'SettingsPage'),
});

export const auditLogRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/audit-log',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import('../features/audit/AuditLogPage'), 'AuditLogPage'),
});

export const districtsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/distrikt',
  component: lazyRouteComponent(() => import('../features/districts/DistrictsPage'), 'DistrictsPage'),
});

export const outboxRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/outbox',
  component: lazyRouteComponent(() => import('../features/outbox/OutboxPage'), 'OutboxPage'),
});
