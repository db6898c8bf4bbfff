import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { NotFoundPage } from './app/NotFoundPage';
import { PageLoader } from './app/PageLoader';
import { PublicLayout } from './app/PublicLayout';
import { RouteErrorPage } from './app/RouteErrorPage';
import { validateAgreementSearch, validateCompareSearch } from './features/agreements/agreement.search';
import { validateAuditSearch } from './features/audit/audit.search';
import { sessionQueryOptions } from './features/auth/api';
import { LoginPage } from './features/auth/LoginPage';
import { validateLoginSearch } from './features/auth/login.search';
import { validateGovernanceSearch } from './features/governance/governance.search';
import { validateDiagramSearch } from './features/governance-structure/structure.search';
import { validateInitiativeSearch } from './features/initiatives/initiative.search';
import { validateOrganisationSearch, validateOrganisationTabSearch } from './features/organisations/organisation.search';
import { validateMeasurementSearch } from './features/measurements/measurement.search';
import { validateTokenSearch } from './features/newsletter/newsletter.search';
import { validateReportSearch } from './features/reports/report.search';
import {
  validateCooperationSearch,
  validateCooperationTabSearch,
  validateCreateCooperationSearch,
} from './features/cooperations/cooperation.search';

export type RouterContext = { queryClient: QueryClient };

function PublicNotFound() {
  return (
    <PublicLayout width={720}>
      <NotFoundPage />
    </PublicLayout>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: PublicNotFound,
});

// The login page is the one page loaded up front; everything behind login is split out.
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (session) throw redirect({ href: search.redirect ?? '/' });
  },
  component: LoginPage,
});

const changePasswordRoute = createRoute({
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
  component: lazyRouteComponent(() => import('./features/auth/ChangePasswordPage'), 'ChangePasswordPage'),
});

// Issue 15: enrolling a second factor, before anything else when the account requires one.
const twoFactorEnrolmentRoute = createRoute({
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
  component: lazyRouteComponent(() => import('./features/auth/TwoFactorEnrolmentPage'), 'TwoFactorEnrolmentPage'),
});

const appRoute = createRoute({
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
  component: lazyRouteComponent(() => import('./app/AppLayout'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/home/HomePage'), 'HomePage'),
});

const rulesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regler',
  component: lazyRouteComponent(() => import('./features/rules/RulesPage'), 'RulesPage'),
});

const dueReviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/arlig-oversyn',
  component: lazyRouteComponent(() => import('./features/lifecycle/DueReviewsPage'), 'DueReviewsPage'),
});

const partnerReportingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rapportering',
  component: lazyRouteComponent(() => import('./features/partner-reports/PartnerHomePage'), 'PartnerHomePage'),
});

const partnerReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rapportering/$cooperationId/$period',
  component: lazyRouteComponent(() => import('./features/partner-reports/PartnerReportPage'), 'PartnerReportPage'),
});

// Issue 15: the partner portal, scoped by the server to the partner's own organisation.
const portalOrganisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/organisation',
  component: lazyRouteComponent(() => import('./features/portal/PortalOrganisationPage'), 'PortalOrganisationPage'),
});

const portalCooperationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/samverkan',
  component: lazyRouteComponent(() => import('./features/portal/PortalCooperationsPage'), 'PortalCooperationsPage'),
});

const portalCooperationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/samverkan/$id',
  component: lazyRouteComponent(() => import('./features/portal/PortalCooperationPage'), 'PortalCooperationPage'),
});

const portalBodiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/styrgrupper',
  component: lazyRouteComponent(() => import('./features/portal/PortalBodiesPage'), 'PortalBodiesPage'),
});

const portalBodyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/styrgrupper/$id',
  component: lazyRouteComponent(() => import('./features/portal/PortalBodyPage'), 'PortalBodyPage'),
});

const portalMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portal/moten/$id',
  component: lazyRouteComponent(() => import('./features/portal/PortalMeetingPage'), 'PortalMeetingPage'),
});

const partnerReportsReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnerrapporter',
  component: lazyRouteComponent(() => import('./features/partner-reports/PartnerReportsReviewPage'), 'PartnerReportsReviewPage'),
});

const partnerReportReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnerrapporter/$id',
  component: lazyRouteComponent(() => import('./features/partner-reports/PartnerReportReviewPage'), 'PartnerReportReviewPage'),
});

const deviationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/avvikelser',
  component: lazyRouteComponent(() => import('./features/deviations/DeviationsPage'), 'DeviationsPage'),
});

const deviationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/avvikelser/$id',
  component: lazyRouteComponent(() => import('./features/deviations/DeviationPage'), 'DeviationPage'),
});

// EMP-4: job tracks run with employers, some jointly with Arbetsförmedlingen.
const jobTracksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobbspar',
  component: lazyRouteComponent(() => import('./features/employer-offers/JobTracksPage'), 'JobTracksPage'),
});

const jobTrackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobbspar/$id',
  component: lazyRouteComponent(() => import('./features/employer-offers/JobTrackPage'), 'JobTrackPage'),
});

// IOP-10: the newsletter's staff page, for those who write and send it.
const newsletterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nyhetsbrev',
  component: lazyRouteComponent(() => import('./features/newsletter/NewsletterPage'), 'NewsletterPage'),
});

const newsletterItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nyhetsbrev/$id',
  component: lazyRouteComponent(() => import('./features/newsletter/NewsletterItemPage'), 'NewsletterItemPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/aviseringar',
  component: lazyRouteComponent(() => import('./features/notifications/NotificationsPage'), 'NotificationsPage'),
});

const vidaPayoutsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/vida',
  component: lazyRouteComponent(() => import('./features/vida/VidaPayoutsPage'), 'VidaPayoutsPage'),
});

// OVR-2: the committee's yearly report; its filters live in the address so a report can be linked.
const committeeReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rapport',
  validateSearch: validateReportSearch,
  component: lazyRouteComponent(() => import('./features/reports/ReportPage'), 'ReportPage'),
});

const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organisationer',
});

const organisationListRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/',
  validateSearch: validateOrganisationSearch,
  component: lazyRouteComponent(() => import('./features/organisations/OrganisationsPage'), 'OrganisationsPage'),
});

const organisationCreateRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/ny',
  component: lazyRouteComponent(() => import('./features/organisations/OrganisationFormPage'), 'CreateOrganisationPage'),
});

const organisationImportRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('./features/organisations/ImportPage'), 'ImportPage'),
});

const organisationRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/$id',
  validateSearch: validateOrganisationTabSearch,
  component: lazyRouteComponent(() => import('./features/organisations/OrganisationPage'), 'OrganisationPage'),
});

const organisationEditRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/$id/redigera',
  component: lazyRouteComponent(() => import('./features/organisations/OrganisationFormPage'), 'EditOrganisationPage'),
});

const initiativesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/initiativ',
});

const initiativeListRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/',
  validateSearch: validateInitiativeSearch,
  component: lazyRouteComponent(() => import('./features/initiatives/InitiativesPage'), 'InitiativesPage'),
});

const initiativeCreateRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/nytt',
  component: lazyRouteComponent(() => import('./features/initiatives/InitiativeFormPage'), 'CreateInitiativePage'),
});

const initiativeRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/$id',
  component: lazyRouteComponent(() => import('./features/initiatives/InitiativePage'), 'InitiativePage'),
});

const initiativeEditRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/$id/redigera',
  component: lazyRouteComponent(() => import('./features/initiatives/InitiativeFormPage'), 'EditInitiativePage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/beredningsgrupp',
});

const reviewIndexRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/review/ReviewPage'), 'ReviewPage'),
});

const reviewMeetingRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '/moten/$id',
  component: lazyRouteComponent(() => import('./features/review/MeetingPage'), 'MeetingPage'),
});

const governanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/styrgrupper',
});

const governanceListRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/',
  validateSearch: validateGovernanceSearch,
  component: lazyRouteComponent(() => import('./features/governance/GovernanceBodiesPage'), 'GovernanceBodiesPage'),
});

const governanceMeetingRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/moten/$id',
  component: lazyRouteComponent(() => import('./features/governance/GovernanceMeetingPage'), 'GovernanceMeetingPage'),
});

const governanceDiagramRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/organisation',
  validateSearch: validateDiagramSearch,
  component: lazyRouteComponent(() => import('./features/governance-structure/OrganisationDiagramPage'), 'OrganisationDiagramPage'),
});

const governanceBodyRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/$id',
  component: lazyRouteComponent(() => import('./features/governance/GovernanceBodyPage'), 'GovernanceBodyPage'),
});

// AGR-5: the clusters' routine template, kept by the agreement's joint beredningsgrupp.
const followUpTemplateRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/$id/uppfoljningsmall',
  component: lazyRouteComponent(() => import('./features/follow-ups/FollowUpTemplatePage'), 'FollowUpTemplatePage'),
});

// The public proposal form (IOP-10) needs no login.
const publicProposalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/foresla-samverkan',
  component: lazyRouteComponent(() => import('./features/public-proposal/ProposalPage'), 'ProposalPage'),
});

// Issue 15: an invited person accepts a partner account; the token is in the fragment, never sent to a server.
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inbjudan',
  component: lazyRouteComponent(() => import('./features/partner-accounts/InvitationPage'), 'InvitationPage'),
});

// Issue 15: a partner organisation's contact manages its own people.
const partnerPeopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/var-organisation',
  component: lazyRouteComponent(() => import('./features/partner-accounts/OwnOrganisationPeoplePage'), 'OwnOrganisationPeoplePage'),
});

// EMP-1: the public application for membership of Integrationspakten needs no login.
const publicMembershipApplicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ansok/integrationspakten',
  component: lazyRouteComponent(() => import('./features/employers/PublicApplicationPage'), 'PublicApplicationPage'),
});

// EMP-1: the employers' area — members, applications and each employer's page.
const employersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/arbetsgivare',
});

const employerListRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/employers/EmployersPage'), 'EmployersPage'),
});

const membershipApplicationRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/ansokningar/$id',
  component: lazyRouteComponent(() => import('./features/employers/ApplicationPage'), 'ApplicationPage'),
});

const employerRoute = createRoute({
  getParentRoute: () => employersRoute,
  path: '/$organisationId',
  component: lazyRouteComponent(() => import('./features/employers/EmployerPage'), 'EmployerPage'),
});

// The public IOP page (IOP-10, OVR-3) needs no login either.
const publicIopRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentligt/iop',
  component: lazyRouteComponent(() => import('./features/public-iop/PublicIopPage'), 'PublicIopPage'),
});

// The newsletter's confirmation and unsubscribe links (IOP-10) lead to public pages, without login.
const newsletterConfirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentligt/nyhetsbrev/bekrafta',
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(() => import('./features/newsletter/NewsletterConfirmPage'), 'NewsletterConfirmPage'),
});

const newsletterUnsubscribeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentligt/nyhetsbrev/avsluta',
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(() => import('./features/newsletter/NewsletterUnsubscribePage'), 'NewsletterUnsubscribePage'),
});

const cooperationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/samverkan',
});

const cooperationListRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/',
  validateSearch: validateCooperationSearch,
  component: lazyRouteComponent(() => import('./features/cooperations/CooperationsPage'), 'CooperationsPage'),
});

const cooperationCreateRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/ny',
  validateSearch: validateCreateCooperationSearch,
  component: lazyRouteComponent(() => import('./features/cooperations/CreateCooperationPage'), 'CreateCooperationPage'),
});

const cooperationRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id',
  validateSearch: validateCooperationTabSearch,
  component: lazyRouteComponent(() => import('./features/cooperations/CooperationPage'), 'CooperationPage'),
});

const agreementRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/avtal/$agreementId',
  validateSearch: validateAgreementSearch,
  component: lazyRouteComponent(() => import('./features/agreements/AgreementPage'), 'AgreementPage'),
});

const cooperationEconomyRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/ekonomi',
  component: lazyRouteComponent(() => import('./features/economy/EconomyPage'), 'EconomyPage'),
});

const agreementCompareRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/avtal/$agreementId/jamfor',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(() => import('./features/agreements/AgreementComparePage'), 'AgreementComparePage'),
});

const measurementsRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/matningar',
  validateSearch: validateMeasurementSearch,
  component: lazyRouteComponent(() => import('./features/measurements/MeasurementsPage'), 'MeasurementsPage'),
});

const planRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/planer/$planId',
  component: lazyRouteComponent(() => import('./features/plans/PlanPage'), 'PlanPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/home/AdministrationPage'), 'AdministrationPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('./features/users/UsersPage'), 'UsersPage'),
});

const apiTokensRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/api-tokens',
  component: lazyRouteComponent(() => import('./features/api-tokens/ApiTokensPage'), 'ApiTokensPage'),
});

const thresholdsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/thresholds',
  component: lazyRouteComponent(() => import('./features/thresholds/ThresholdsPage'), 'ThresholdsPage'),
});

const controlProgrammesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/kontrollprogram',
  component: lazyRouteComponent(() => import('./features/employer-controls/ControlProgrammesPage'), 'ControlProgrammesPage'),
});

// Issue 15: the groups from the city's sign-in and the roles they give.
const ssoMappingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/inloggning',
  component: lazyRouteComponent(() => import('./features/sso/SsoMappingsPage'), 'SsoMappingsPage'),
});

// EMP-2: an employer's controls; the employer page (/arbetsgivare/$organisationId) links here.
const employerControlsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/arbetsgivare/$organisationId/kontroller',
  component: lazyRouteComponent(() => import('./features/employer-controls/EmployerControlsPage'), 'EmployerControlsPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
});

export const auditLogRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/audit-log',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import('./features/audit/AuditLogPage'), 'AuditLogPage'),
});

const districtsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/distrikt',
  component: lazyRouteComponent(() => import('./features/districts/DistrictsPage'), 'DistrictsPage'),
});

const outboxRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/outbox',
  component: lazyRouteComponent(() => import('./features/outbox/OutboxPage'), 'OutboxPage'),
});

// Issue 15: one's own second factor and active sign-ins.
const securityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/security',
  component: lazyRouteComponent(() => import('./features/auth/SecurityPage'), 'SecurityPage'),
});

// Unknown addresses behind login get the 404 inside the shell, with the menu still there.
const appNotFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '$',
  component: NotFoundPage,
});

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
