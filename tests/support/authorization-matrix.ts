import type { Role } from '../../src/shared/users/roles';
import { agreementsMatrix } from './authorization-matrix.agreements';
import { cooperationsMatrix } from './authorization-matrix.cooperations';
import { democracyMatrix } from './authorization-matrix.democracy';
import { followUpsMatrix } from './authorization-matrix.follow-ups';
import { economyMatrix } from './authorization-matrix.economy';
import { governanceMatrix } from './authorization-matrix.governance';
import { guidanceMatrix } from './authorization-matrix.guidance';
import { initiativesMatrix } from './authorization-matrix.initiatives';
import { lifecycleMatrix } from './authorization-matrix.lifecycle';
import { partnerMatrix } from './authorization-matrix.partner';
import { portalMatrix } from './authorization-matrix.portal';
import { measurementsMatrix } from './authorization-matrix.measurements';
import { plansMatrix } from './authorization-matrix.plans';
import { publicMatrix } from './authorization-matrix.public';
import { reviewMatrix } from './authorization-matrix.review';
import { structureMatrix } from './authorization-matrix.structure';
import { vidaMatrix } from './authorization-matrix.vida';
import { workQueueMatrix } from './authorization-matrix.work-queue';
import { deviationsMatrix } from './authorization-matrix.deviations';
import { newsletterMatrix } from './authorization-matrix.newsletter';
import { governanceQuestionsMatrix } from './authorization-matrix.governance-questions';
import { notificationsMatrix } from './authorization-matrix.notifications';
import { mailMatrix } from './authorization-matrix.mail';
import { reportsMatrix } from './authorization-matrix.reports';
import { employerControlsMatrix } from './authorization-matrix.employer-controls';
import { employerOffersMatrix } from './authorization-matrix.employer-offers';
import { membershipMatrix } from './authorization-matrix.membership';
import { partnerAccountsMatrix } from './authorization-matrix.partner-accounts';
import { ssoMatrix } from './authorization-matrix.sso';
import { twoFactorMatrix } from './authorization-matrix.two-factor';

// The organisation register is read by staff roles and written by officers, managers and admins;
// partners and steering-group members (who may be outside representatives) see none of it.
const STAFF_READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const REGISTER_WRITERS: Role[] = ['officer', 'manager', 'admin'];

/**
 * Every API route and who may call it, written out by hand so that a change of access in code
 * must be matched here: `public` (anyone), `authenticated` (any logged-in role) or the roles.
 * The matrix test fails when a registered route is missing from this table or vice versa.
 */
export const authorizationMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  'GET /api/health/ready': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'authenticated',
  'POST /api/auth/logout': 'authenticated',
  'POST /api/auth/password': 'authenticated',
  'GET /api/users': ['admin'],
  'GET /api/user-directory': STAFF_READERS,
  'POST /api/users': ['admin'],
  'GET /api/users/:id': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/users/:id/disable': ['admin'],
  'POST /api/users/:id/enable': ['admin'],
  'POST /api/users/:id/reset-password': ['admin'],
  'GET /api/api-tokens': ['admin'],
  'POST /api/api-tokens': ['admin'],
  'POST /api/api-tokens/:id/revoke': ['admin'],
  'GET /api/audit-log': ['admin'],
  'GET /api/audit/head': ['admin'],
  'GET /api/reference-data': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'POST /api/legal-forms': ['admin'],
  'PATCH /api/legal-forms/:kind/:code': ['admin'],
  'GET /api/reference/districts': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'GET /api/reference/employer-controls': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'POST /api/reference/districts/successions': ['admin'],
  'GET /api/settings': ['admin'],
  'PATCH /api/settings/:key': ['admin'],
  'PATCH /api/settings': ['admin'],
  'GET /api/organisations': STAFF_READERS,
  'POST /api/organisations': REGISTER_WRITERS,
  'GET /api/organisations/:id': STAFF_READERS,
  'PATCH /api/organisations/:id': REGISTER_WRITERS,
  'POST /api/organisations/:id/archive': REGISTER_WRITERS,
  'POST /api/organisations/:id/restore': REGISTER_WRITERS,
  'GET /api/organisations/:id/history': STAFF_READERS,
  'GET /api/organisations/:id/democracy': STAFF_READERS,
  'POST /api/organisations/:id/democracy-assessments': ['manager'],
  'POST /api/organisations/:id/remediation-measures': ['officer', 'manager'],
  'GET /api/organisations/:id/documents': STAFF_READERS,
  'POST /api/organisations/:id/documents': REGISTER_WRITERS,
  'GET /api/organisations/:id/documents/:documentId/content': STAFF_READERS,
  'PUT /api/organisations/:id/partner-control/:documentType': REGISTER_WRITERS,
  'GET /api/organisations/export': STAFF_READERS,
  'POST /api/organisation-imports': REGISTER_WRITERS,
  'GET /api/organisation-imports/:id': REGISTER_WRITERS,
  'PATCH /api/organisation-imports/:id': REGISTER_WRITERS,
  'POST /api/organisation-imports/:id/commit': REGISTER_WRITERS,
  ...guidanceMatrix,
  ...initiativesMatrix,
  ...reviewMatrix,
  ...cooperationsMatrix,
  ...governanceMatrix,
  ...agreementsMatrix,
  ...publicMatrix,
  ...partnerMatrix,
  ...portalMatrix,
  ...lifecycleMatrix,
  ...structureMatrix,
  ...followUpsMatrix,
  ...democracyMatrix,
  ...vidaMatrix,
  ...deviationsMatrix,
  ...newsletterMatrix,
  ...measurementsMatrix,
  ...plansMatrix,
  ...economyMatrix,
  ...workQueueMatrix,
  ...governanceQuestionsMatrix,
  ...notificationsMatrix,
  ...mailMatrix,
  ...reportsMatrix,
  ...employerControlsMatrix,
  ...employerOffersMatrix,
  ...membershipMatrix,
  ...partnerAccountsMatrix,
  ...ssoMatrix,
  ...twoFactorMatrix,
};
