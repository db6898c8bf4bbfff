/** The shell's routes: the root, login and the steps before the app (password, second factor), the app's layout and its own pages. */
import { NotFoundPage } from '../app/NotFoundPage';
import { PublicLayout } from '../app/PublicLayout';
import { LoginPage } from '../features/auth/LoginPage';
import { sessionQueryOptions } from '../features/auth/api';
import { validateLoginSearch } from '../features/auth/login.search';
import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';

export type RouterContext = { queryClient: QueryClient };

/** The 404 page outside the shell, for unknown public addresses. */
export function PublicNotFound() {
  return (
    <PublicLayout width={720}>
      <NotFoundPage />
    </PublicLayout>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: PublicNotFound,
});

// The login page is the one page loaded up front; everything behind login is split out.
export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (session) throw redirect({ href: search.redirect ?? '/' });
  },
  component: LoginPage,
});

export const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/change-password',
  validateSearch: (search: Record<string, unknown>) => {
    const { redirect: target } = validateLoginSearch(search);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/login' });
  },
  component: lazyRouteComponent(() => import('../features/auth/ChangePasswordPage'), 'ChangePasswordPage'),
});

// Issue 15: enrolling a second factor, before anything else when the account requires one.
export const twoFactorEnrolmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/two-factor',
  validateSearch: (search: Record<string, unknown>) => {
    const { redirect: target } = validateLoginSearch(search);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/login' });
    if (session.user.mustChangePassword) throw redirect({ to: '/change-password' });
  },
  component: lazyRouteComponent(() => import('../features/auth/TwoFactorEnrolmentPage'), 'TwoFactorEnrolmentPage'),
});

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/login', search: location.href === '/' ? {} : { redirect: location.href } });
    // A temporary password must be replaced before anything else (set by an admin reset).
    if (session.user.mustChangePassword) {
      throw redirect({ to: '/change-password', search: location.href === '/' ? {} : { redirect: location.href } });
    }
    // Issue 15: then a required second factor is enrolled.
    if (session.twoFactorEnrolmentRequired) {
      throw redirect({ to: '/two-factor', search: location.href === '/' ? {} : { redirect: location.href } });
    }
  },
  component: lazyRouteComponent(() => import('../app/AppLayout'), 'AppLayout'),
});

export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/HomePage'), 'HomePage'),
});

// Issue 15: one's own second factor and active sign-ins.
export const securityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/security',
  component: lazyRouteComponent(() => import('../features/auth/SecurityPage'), 'SecurityPage'),
});

export const rulesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regler',
  component: lazyRouteComponent(() => import('../features/rules/RulesPage'), 'RulesPage'),
});

export const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/aviseringar',
  component: lazyRouteComponent(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage'),
});

// Unknown addresses behind login get the 404 inside the shell, with the menu still there.
export const appNotFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '$',
  component: NotFoundPage,
});
