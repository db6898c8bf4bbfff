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
  // IOP-9, issue 11: a partner reports on its own organisation's cooperations; staff read and review the reports.
  'partner-reports.submit': ['partner'],
  'partner-reports.read': ['officer', 'manager', 'review_group', 'economist', 'partner', 'admin'],
  'partner-reports.review': ['officer', 'manager', 'economist', 'admin'],
  // Issue 15, ORG-4: the partner portal reads the partner's own organisation only (derived from its
  // partner account in the services) and submits its partner-control documents for staff to accept.
  'portal.read': ['partner'],
  'portal.submit': ['partner'],
  // FRM-5: staff and economists read VIDA payouts and export the list for the finance system;
  // officers and managers register them; only a manager records an exception to the 8–15 frame.
  'vida.read': ['officer', 'manager', 'economist', 'admin'],
  'vida.write': ['officer', 'manager'],
  'vida.exception': ['manager'],
  // AGR-6: staff read disaggregated measurements; officers, managers and admins record them. A
  // partner reads and reports its own organisation's cooperations only (enforced in the service).
  'measurements.read': ['officer', 'manager', 'review_group', 'economist', 'partner', 'admin'],
  'measurements.write': ['officer', 'manager', 'partner', 'admin'],
  // 003 §7.1: the clusters' local mappings of unemployment belong to the agreement's staff, not to partners' reports.
  'cluster-mappings.write': ['officer', 'manager', 'admin'],
  // AGR-5, IOP-7: staff read follow-up records (the internal review group links to them, INI-7); governance writers record them.
  'follow-ups.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'follow-ups.write': ['officer', 'manager', 'admin'],
  // AGR-5: the clusters' routine template is kept by governance writers or members of the agreement's joint
  // beredningsgrupp (a governance body; checked in the service) — not by the internal review group's role.
  'follow-up-templates.edit': ['officer', 'manager', 'steering_member', 'admin'],
  // AGR-2, IOP-7: staff read activity plans (a steering member only those of cooperations their body governs).
  'plans.read': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'],
  // AGR-2, IOP-6: officers, managers and admins draft plans, propose them for adoption and assess them.
  'plans.write': ['officer', 'manager', 'admin'],
  // IOP-9: the administration has insight into every cooperation's economy; officers, managers,
  // economists and admins record outcome, reconciliations at steering-group meetings and external audits.
  'economy.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'economy.write': ['officer', 'manager', 'economist', 'admin'],
  // FRM-7: the accumulated value of a welfare-service procurement, read by staff and recorded by those who order.
  'welfare-value.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'welfare-value.write': ['officer', 'manager', 'economist', 'admin'],
  // Issue 12, IOP-6, IOP-8, INI-2, IOP-9: every staff member has an "Att göra" list of items due for their roles;
  // a partner has its own (reports due, decisions waiting for its organisation), limited in the providers.
  'work-queue.read': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  // AGR-4: every staff member and a partner (for its own cooperations, enforced in the service) report
  // and read deviations; officers, managers, steering members and admins handle and close them.
  'deviations.report': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'deviations.read': ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner', 'admin'],
  'deviations.handle': ['officer', 'manager', 'steering_member', 'admin'],
  // IOP-10: those who publish IOPs on the public page (cooperations.write) also write and send its newsletter.
  'newsletter.write': ['officer', 'manager', 'admin'],
  // Issue 12: administrators read the outgoing mail (the outbox) and send a failed mail again,
  // and see the background jobs and their failed runs.
  'mail.read': ['admin'],
  'mail.retry': ['admin'],
  'jobs.read': ['admin'],
  // OVR-2, issue 13: staff read the committee's yearly report and download it; partners do not
  // (the public has the open statistics, which are aggregated and protected).
  'reports.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  // EMP-1–4: staff read the employer register, memberships, controls, offers and job tracks; officers, managers and
  // admins register applications, make the simpler check and record controls, offers and tracks; a manager decides
  // and ends memberships.
  'employers.read': ['officer', 'manager', 'review_group', 'economist', 'admin'],
  'employers.write': ['officer', 'manager', 'admin'],
  'employers.decide': ['manager'],
  // Issue 15: those who register organisations invite and end their partner accounts and set the limits;
  // a partner manages its own organisation's people only as its contact (checked in the service).
  'partner-accounts.manage': ['officer', 'manager', 'admin'],
  'partner-accounts.own': ['partner'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when any of the given roles holds the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
