import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { PageLoader } from './app/PageLoader';
import { RouteErrorPage } from './app/RouteErrorPage';
import {
  invitationRoute,
  newsletterConfirmRoute,
  newsletterUnsubscribeRoute,
  publicIopRoute,
  publicMembershipApplicationRoute,
  publicProposalRoute,
} from './routes/public.routes';
import {
  partnerPeopleRoute,
  partnerReportReviewRoute,
  partnerReportRoute,
  partnerReportingRoute,
  partnerReportsReviewRoute,
  portalBodiesRoute,
  portalBodyRoute,
  portalCooperationRoute,
  portalCooperationsRoute,
  portalMeetingRoute,
  portalOrganisationRoute,
} from './routes/partner.routes';
import {
  agreementCompareRoute,
  agreementRoute,
  cooperationCreateRoute,
  cooperationEconomyRoute,
  cooperationListRoute,
  cooperationRoute,
  cooperationsRoute,
  followUpTemplateRoute,
  governanceBodyRoute,
  governanceDiagramRoute,
  governanceListRoute,
  governanceMeetingRoute,
  governanceRoute,
  initiativeCreateRoute,
  initiativeEditRoute,
  initiativeListRoute,
  initiativeRoute,
  initiativesRoute,
  measurementsRoute,
  organisationCreateRoute,
  organisationEditRoute,
  organisationImportRoute,
  organisationListRoute,
  organisationRoute,
  organisationsRoute,
  planRoute,
  reviewIndexRoute,
  reviewMeetingRoute,
  reviewRoute,
} from './routes/register.routes';
import {
  committeeReportRoute,
  deviationRoute,
  deviationsRoute,
  dueReviewsRoute,
  employerControlsRoute,
  employerListRoute,
  employerRoute,
  employersRoute,
  jobTrackRoute,
  jobTracksRoute,
  membershipApplicationRoute,
  newsletterItemRoute,
  newsletterRoute,
  vidaPayoutsRoute,
} from './routes/follow-up.routes';
import {
  adminIndexRoute,
  adminRoute,
  apiTokensRoute,
  auditLogRoute,
  controlProgrammesRoute,
  districtsRoute,
  outboxRoute,
  settingsRoute,
  ssoMappingsRoute,
  thresholdsRoute,
  usersRoute,
} from './routes/admin.routes';
import {
  PublicNotFound,
  appNotFoundRoute,
  appRoute,
  changePasswordRoute,
  homeRoute,
  loginRoute,
  notificationsRoute,
  rootRoute,
  rulesRoute,
  securityRoute,
  twoFactorEnrolmentRoute,
} from './routes/shell';

// The route definitions live per area in ./routes; the tree that joins them is here, in one place.
const routeTree = rootRoute.addChildren([
  loginRoute,
  publicProposalRoute,
  publicMembershipApplicationRoute,
  invitationRoute,
  publicIopRoute,
  newsletterConfirmRoute,
  newsletterUnsubscribeRoute,
  changePasswordRoute,
  twoFactorEnrolmentRoute,
  appRoute.addChildren([
    homeRoute,
    securityRoute,
    dueReviewsRoute,
    vidaPayoutsRoute,
    committeeReportRoute,
    deviationsRoute,
    jobTracksRoute,
    jobTrackRoute,
    deviationRoute,
    newsletterRoute,
    newsletterItemRoute,
    notificationsRoute,
    rulesRoute,
    partnerReportingRoute,
    partnerReportRoute,
    portalOrganisationRoute,
    portalCooperationsRoute,
    portalCooperationRoute,
    portalBodiesRoute,
    portalBodyRoute,
    portalMeetingRoute,
    partnerReportsReviewRoute,
    partnerReportReviewRoute,
    partnerPeopleRoute,
    employerControlsRoute,
    organisationsRoute.addChildren([
      organisationListRoute,
      organisationCreateRoute,
      organisationImportRoute,
      organisationRoute,
      organisationEditRoute,
    ]),
    initiativesRoute.addChildren([initiativeListRoute, initiativeCreateRoute, initiativeRoute, initiativeEditRoute]),
    reviewRoute.addChildren([reviewIndexRoute, reviewMeetingRoute]),
    governanceRoute.addChildren([governanceListRoute, governanceMeetingRoute, governanceDiagramRoute, governanceBodyRoute, followUpTemplateRoute]),
    cooperationsRoute.addChildren([cooperationListRoute, cooperationCreateRoute, cooperationRoute, agreementRoute, agreementCompareRoute, measurementsRoute, planRoute, cooperationEconomyRoute]),
    employersRoute.addChildren([employerListRoute, membershipApplicationRoute, employerRoute]),
    adminRoute.addChildren([adminIndexRoute, usersRoute, apiTokensRoute, auditLogRoute, thresholdsRoute, settingsRoute, outboxRoute, districtsRoute, controlProgrammesRoute, ssoMappingsRoute]),
    appNotFoundRoute,
  ]),
]);

/** The app's router with the query client in its context, for the guards that check the session. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: PublicNotFound,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
  interface HistoryState {
    /** A confirmation for the page navigated to, e.g. "Organisationen har registrerats". */
    flash?: string;
  }
}
