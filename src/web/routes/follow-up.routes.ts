/** Follow-up and employers: annual reviews, Vida payouts, the committee report, deviations, job tracks, the newsletter, the employers and their controls. */
import { validateReportSearch } from '../features/reports/report.search';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

export const dueReviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/arlig-oversyn',
  component: lazyRouteComponent(() => import('../features/lifecycle/DueReviewsPage'), 'DueReviewsPage'),
});

export const vidaPayoutsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/vida',
  component: lazyRouteComponent(() => import('../features/vida/VidaPayoutsPage'), 'VidaPayoutsPage'),
});

// OVR-2: the committee's yearly report; its filters live in the address so a report can be linked.
export const committeeReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rapport',
  validateSearch: validateReportSearch,
  component: lazyRouteComponent(() => import('../features/reports/ReportPage'), 'ReportPage'),
});

export const deviationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/avvikelser',
  component: lazyRouteComponent(() => import('../features/deviations/DeviationsPage'), 'DeviationsPage'),
});

export const deviationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/avvikelser/$id',
  component: lazyRouteComponent(() => import('../features/deviations/DeviationPage'), 'DeviationPage'),
});

// EMP-4: job tracks run with employers, some jointly with Arbetsförmedlingen.
export const jobTracksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobbspar',
  component: lazyRouteComponent(() => import('../features/employer-offers/JobTracksPage'), 'JobTracksPage'),
});

export const jobTrackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobbspar/$id',
  component: lazyRouteComponent(() => import('../features/employer-offers/JobTrackPage'), 'JobTrackPage'),
});

// IOP-10: the newsletter's staff page, for those who write and send it.
export const newsletterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nyhetsbrev',
  component: lazyRouteComponent(() => import('../features/newsletter/NewsletterPage'), 'NewsletterPage'),
});

export const newsletterItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nyhetsbrev/$id',
  component: lazyRouteComponent(() => import('../features/newsletter/NewsletterItemPage'), 'NewsletterItemPage'),
});

// EMP-1: the employers' area — members, applications and each employer's page.
export const employersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/arbetsgivare',
});

export const employerListRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/employers/EmployersPage'), 'EmployersPage'),
});

export const membershipApplicationRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/ansokningar/$id',
  component: lazyRouteComponent(() => import('../features/employers/ApplicationPage'), 'ApplicationPage'),
});

export const employerRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/$organisationId',
  component: lazyRouteComponent(() => import('../features/employers/EmployerPage'), 'EmployerPage'),
});

// EMP-2: an employer's controls; the employer page (/arbetsgivare/$organisationId) links here.
export const employerControlsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/arbetsgivare/$organisationId/kontroller',
  component: lazyRouteComponent(() => import('../features/employer-controls/EmployerControlsPage'), 'EmployerControlsPage'),
});
