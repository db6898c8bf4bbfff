import type { Role } from './roles';

/**
 * Which roles hold each permission. Routes declare the permission they need and services
 * check it again, so the rule lives in one place and is the same for browser and server.
 */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  // Staff choose a responsible manager or see review-group members by name.
  'users.directory': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'api-tokens.manage': ['admin'],
  'audit.read': ['admin'],
  'reference.read': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'reference.manage': ['admin'],
  'settings.manage': ['admin'],
  'organisations.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'organisations.write': ['officer', 'manager', 'admin'],
  'organisations.import': ['officer', 'manager', 'admin'],
  // DEM-3: the responsible manager assesses and signs the democracy conditions.
  'democracy.sign': ['manager'],
  'democracy.remediate': ['officer', 'manager'],
  'thresholds.manage': ['admin'],
  'form-guidance.use': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'initiatives.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'initiatives.write': ['officer', 'manager', 'admin'],
  // INI-2: the review group consults on initiatives and records its recommendations.
  'review.manage': ['review_group'],
  'cooperations.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'cooperations.write': ['officer', 'manager', 'admin'],
  // INI-6: a manager with budget responsibility moves a cooperation through its lifecycle.
  'cooperations.transition': ['manager'],
  // AGR-3, IOP-6: a steering member reads only the bodies they sit on (enforced in the service).
  'governance.read': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'],
  'governance.write': ['officer', 'manager', 'admin'],
  // IOP-6: members of a body approve or reject its joint decisions for their organisation.
  'decisions.approve': ['manager', 'steering_member'],
  // IOP-5, AGR-7: staff read agreements; officers, managers and admins draft, revise and file them.
  'agreements.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'agreements.write': ['officer', 'manager', 'admin'],
  // IOP-8, AGR-7: the responsible manager records the annual review; staff read reviews and the due list.
  'annual-reviews.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'annual-reviews.write': ['manager'],
  // DEM-3: officers and managers prepare democracy assessments; only a manager signs ('democracy.sign').
  'democracy.prepare': ['officer', 'manager'],
  // IOP-9: the administration has insight into every cooperation's economy; officers, managers,
  // economists and admins record outcome, reconciliations at steering-group meetings and external audits.
  'economy.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'economy.write': ['officer', 'manager', 'economist', 'admin'],
  // FRM-7: the accumulated value of a welfare-service procurement, read by staff and recorded by those who order.
  'welfare-value.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'welfare-value.write': ['officer', 'manager', 'economist', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when any of the given roles holds the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
