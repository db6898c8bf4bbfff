import { hasPermission, type Permission } from '../../shared/users/permissions.rules';
import type { Role } from '../../shared/users/roles';

/**
 * The areas of Samverkan in menu order, each with the permission its page needs (the server
 * refuses the data to others too). Only areas this version has are listed: a menu entry is a
 * promise that the page works for the one who sees it.
 */
export const AREAS = [
  { key: 'organisations', path: '/organisationer', permission: 'organisations.read' },
  { key: 'initiatives', path: '/initiativ', permission: 'initiatives.read' },
  { key: 'review', path: '/beredningsgrupp', permission: 'initiatives.read' },
  { key: 'cooperations', path: '/samverkan', permission: 'cooperations.read' },
  // EMP-1: Integrationspakten's members and membership applications, for the staff who read employers.
  { key: 'employers', path: '/arbetsgivare', permission: 'employers.read' },
  // EMP-4: job tracks with employers, some run jointly with Arbetsförmedlingen.
  { key: 'jobTracks', path: '/jobbspar', permission: 'employers.read' },
  { key: 'steeringGroups', path: '/styrgrupper', permission: 'governance.read' },
  { key: 'annualReviews', path: '/arlig-oversyn', permission: 'annual-reviews.read' },
  { key: 'vidaPayouts', path: '/vida', permission: 'vida.read' },
  // OVR-2, issue 13: the committee's yearly report, for the staff who prepare and read it.
  { key: 'committeeReport', path: '/rapport', permission: 'reports.read' },
  { key: 'partnerReports', path: '/partnerrapporter', permission: 'partner-reports.review' },
  // Issue 15: the partner portal — its organisation's own page and documents, its cooperations with
  // their agreements, the steering groups it sits in, and its reports due ("Att rapportera").
  { key: 'portalOrganisation', path: '/portal/organisation', permission: 'portal.read' },
  { key: 'portalCooperations', path: '/portal/samverkan', permission: 'portal.read' },
  { key: 'portalSteeringGroups', path: '/portal/styrgrupper', permission: 'portal.read' },
  { key: 'partnerReporting', path: '/rapportering', permission: 'partner-reports.submit' },
  // Issue 15: a partner organisation's contact invites its people and ends their accounts.
  { key: 'partnerPeople', path: '/var-organisation', permission: 'partner-accounts.own' },
  // AGR-4: every staff member and partner reports and follows deviations.
  { key: 'deviations', path: '/avvikelser', permission: 'deviations.read' },
  // IOP-10: those who publish IOPs on the public page write and send its newsletter.
  { key: 'newsletter', path: '/nyhetsbrev', permission: 'newsletter.write' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type Area = (typeof AREAS)[number];
export type AreaKey = Area['key'];

/** Whether a user with these roles sees an area in the menu and on the start page. */
export function isAreaVisible(area: Area, roles: readonly Role[]): boolean {
  return hasPermission(roles, area.permission);
}

/** The areas a user with these roles can use, in menu order. */
export function visibleAreas(roles: readonly Role[]): Area[] {
  return AREAS.filter((area) => isAreaVisible(area, roles));
}

/** The rules page: every rule the checklists, gates and hints cite, each at an anchor of its id. */
export const RULES_PAGE = { key: 'rules', path: '/regler' } as const;

/**
 * Whether the menu leads to the rules page: for every staff role, whose pages cite the rules; a
 * partner's account alone has nothing in Samverkan that cites one (the page itself is not secret).
 */
export function showsRulesPage(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'partner');
}

/** The administration pages, each guarded by the permission the server checks too. */
export const ADMIN_PAGES = [
  { key: 'users', path: '/admin/users', permission: 'users.manage' },
  { key: 'apiTokens', path: '/admin/api-tokens', permission: 'api-tokens.manage' },
  { key: 'auditLog', path: '/admin/audit-log', permission: 'audit.read' },
  { key: 'thresholds', path: '/admin/thresholds', permission: 'thresholds.manage' },
  { key: 'settings', path: '/admin/settings', permission: 'settings.manage' },
  // Issue 12: outgoing mail and background jobs.
  { key: 'outbox', path: '/admin/outbox', permission: 'mail.read' },
  // AGR-9: districts as dated reference data; recording a merger or split.
  { key: 'districts', path: '/admin/distrikt', permission: 'reference.manage' },
  // EMP-2: the procurement programmes and their controls of employers, as dated reference data.
  { key: 'controlProgrammes', path: '/admin/kontrollprogram', permission: 'reference.manage' },
  // Issue 15: which role the groups from the city's sign-in give.
  { key: 'singleSignOn', path: '/admin/inloggning', permission: 'users.manage' },
] as const;

export type AdminPage = (typeof ADMIN_PAGES)[number];
