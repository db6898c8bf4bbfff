/** The partner's pages (issue 15 portal, reporting, its people) and staff's review of partner reports. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

export const partnerReportingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rapportering',
  component: lazyRouteComponent(() => import('../features/partner-reports/PartnerHomePage'), 'PartnerHomePage'),
});

export const partnerReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rapportering/$cooperationId/$period',
  component: lazyRouteComponent(() => import('../features/partner-reports/PartnerReportPage'), 'PartnerReportPage'),
});

// Issue 15: the partner portal, scoped by the server to the partner's own organisation.
export const portalOrganisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/organisation',
  component: lazyRouteComponent(() => import('../features/portal/PortalOrganisationPage'), 'PortalOrganisationPage'),
});

export const portalCooperationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/samverkan',
  component: lazyRouteComponent(() => import('../features/portal/PortalCooperationsPage'), 'PortalCooperationsPage'),
});

export const portalCooperationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/samverkan/$id',
  component: lazyRouteComponent(() => import('../features/portal/PortalCooperationPage'), 'PortalCooperationPage'),
});

export const portalBodiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/styrgrupper',
  component: lazyRouteComponent(() => import('../features/portal/PortalBodiesPage'), 'PortalBodiesPage'),
});

export const portalBodyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/styrgrupper/$id',
  component: lazyRouteComponent(() => import('../features/portal/PortalBodyPage'), 'PortalBodyPage'),
});

export const portalMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/moten/$id',
  component: lazyRouteComponent(() => import('../features/portal/PortalMeetingPage'), 'PortalMeetingPage'),
});

// Issue 15: a partner organisation's contact manages its own people.
export const partnerPeopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/var-organisation',
  component: lazyRouteComponent(() => import('../features/partner-accounts/OwnOrganisationPeoplePage'), 'OwnOrganisationPeoplePage'),
});

export const partnerReportsReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnerrapporter',
  component: lazyRouteComponent(() => import('../features/partner-reports/PartnerReportsReviewPage'), 'PartnerReportsReviewPage'),
});

export const partnerReportReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnerrapporter/$id',
  component: lazyRouteComponent(() => import('../features/partner-reports/PartnerReportReviewPage'), 'PartnerReportReviewPage'),
});
