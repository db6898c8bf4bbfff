/** The registers: organisations, initiatives and the review group, steering groups, cooperations with their agreements, measurements and plans. */
import { validateAgreementSearch, validateCompareSearch } from '../features/agreements/agreement.search';
import { validateCooperationSearch, validateCooperationTabSearch, validateCreateCooperationSearch } from '../features/cooperations/cooperation.search';
import { validateDiagramSearch } from '../features/governance-structure/structure.search';
import { validateGovernanceSearch } from '../features/governance/governance.search';
import { validateInitiativeSearch } from '../features/initiatives/initiative.search';
import { validateMeasurementSearch } from '../features/measurements/measurement.search';
import { validateOrganisationSearch, validateOrganisationTabSearch } from '../features/organisations/organisation.search';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

export const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organisationer',
});

export const organisationListRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/',
  validateSearch: validateOrganisationSearch,
  component: lazyRouteComponent(() => import('../features/organisations/OrganisationsPage'), 'OrganisationsPage'),
});

export const organisationCreateRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/ny',
  component: lazyRouteComponent(() => import('../features/organisations/OrganisationFormPage'), 'CreateOrganisationPage'),
});

export const organisationImportRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('../features/organisations/ImportPage'), 'ImportPage'),
});

export const organisationRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/$id',
  validateSearch: validateOrganisationTabSearch,
  component: lazyRouteComponent(() => import('../features/organisations/OrganisationPage'), 'OrganisationPage'),
});

export const organisationEditRoute = createRoute({
  getParentRoute: () => organisationsRoute,
  path: '/$id/redigera',
  component: lazyRouteComponent(() => import('../features/organisations/OrganisationFormPage'), 'EditOrganisationPage'),
});

export const initiativesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/initiativ',
});

export const initiativeListRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/',
  validateSearch: validateInitiativeSearch,
  component: lazyRouteComponent(() => import('../features/initiatives/InitiativesPage'), 'InitiativesPage'),
});

export const initiativeCreateRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/nytt',
  component: lazyRouteComponent(() => import('../features/initiatives/InitiativeFormPage'), 'CreateInitiativePage'),
});

export const initiativeRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/$id',
  component: lazyRouteComponent(() => import('../features/initiatives/InitiativePage'), 'InitiativePage'),
});

export const initiativeEditRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/$id/redigera',
  component: lazyRouteComponent(() => import('../features/initiatives/InitiativeFormPage'), 'EditInitiativePage'),
});

export const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/beredningsgrupp',
});

export const reviewIndexRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/review/ReviewPage'), 'ReviewPage'),
});

export const reviewMeetingRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '/moten/$id',
  component: lazyRouteComponent(() => import('../features/review/MeetingPage'), 'MeetingPage'),
});

export const governanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/styrgrupper',
});

export const governanceListRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/',
  validateSearch: validateGovernanceSearch,
  component: lazyRouteComponent(() => import('../features/governance/GovernanceBodiesPage'), 'GovernanceBodiesPage'),
});

export const governanceMeetingRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/moten/$id',
  component: lazyRouteComponent(() => import('../features/governance/GovernanceMeetingPage'), 'GovernanceMeetingPage'),
});

export const governanceDiagramRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/organisation',
  validateSearch: validateDiagramSearch,
  component: lazyRouteComponent(() => import('../features/governance-structure/OrganisationDiagramPage'), 'OrganisationDiagramPage'),
});

export const governanceBodyRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/$id',
  component: lazyRouteComponent(() => import('../features/governance/GovernanceBodyPage'), 'GovernanceBodyPage'),
});

// AGR-5: the clusters' routine template, kept by the agreement's joint beredningsgrupp.
export const followUpTemplateRoute = createRoute({
  getParentRoute: () => governanceRoute,
  path: '/$id/uppfoljningsmall',
  component: lazyRouteComponent(() => import('../features/follow-ups/FollowUpTemplatePage'), 'FollowUpTemplatePage'),
});

export const cooperationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/samverkan',
});

export const cooperationListRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/',
  validateSearch: validateCooperationSearch,
  component: lazyRouteComponent(() => import('../features/cooperations/CooperationsPage'), 'CooperationsPage'),
});

export const cooperationCreateRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/ny',
  validateSearch: validateCreateCooperationSearch,
  component: lazyRouteComponent(() => import('../features/cooperations/CreateCooperationPage'), 'CreateCooperationPage'),
});

export const cooperationRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id',
  validateSearch: validateCooperationTabSearch,
  component: lazyRouteComponent(() => import('../features/cooperations/CooperationPage'), 'CooperationPage'),
});

export const agreementRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/avtal/$agreementId',
  validateSearch: validateAgreementSearch,
  component: lazyRouteComponent(() => import('../features/agreements/AgreementPage'), 'AgreementPage'),
});

export const cooperationEconomyRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/ekonomi',
  component: lazyRouteComponent(() => import('../features/economy/EconomyPage'), 'EconomyPage'),
});

export const agreementCompareRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/avtal/$agreementId/jamfor',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(() => import('../features/agreements/AgreementComparePage'), 'AgreementComparePage'),
});

export const measurementsRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/matningar',
  validateSearch: validateMeasurementSearch,
  component: lazyRouteComponent(() => import('../features/measurements/MeasurementsPage'), 'MeasurementsPage'),
});

export const planRoute = createRoute({
  getParentRoute: () => cooperationsRoute,
  path: '/$id/planer/$planId',
  component: lazyRouteComponent(() => import('../features/plans/PlanPage'), 'PlanPage'),
});
