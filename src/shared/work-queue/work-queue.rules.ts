import type { Role } from '../users/roles';

/** The kinds of item on the "Att göra" list, in the order the start page shows their groups. */
export const WORK_ITEM_TYPES = [
  'annual_review',
  'steering_without_meeting',
  'annual_cycle_task',
  'decision_awaiting_approval',
  'democracy_assessment',
  'initiative_awaiting_review',
  'review_follow_up_due',
  'partner_report_to_review',
  'agreement_ending',
  'governance_question_open',
  'decision_spread_unseen',
  'partner_control',
  'partner_document_submitted',
  'reserved_contract_limit',
  'measurements_due',
  'follow_up_due',
  'deviation_overdue',
  'partner_report_due',
  'employer_controls_due',
] as const;
export type WorkItemType = (typeof WORK_ITEM_TYPES)[number];

/** Why an item is on the list, a key the web words in plain language (the rule's id is a field of its own). */
export const WORK_ITEM_REASONS = [
  'annual_review_due',
  'annual_review_overdue',
  'steering_no_meeting_this_semester',
  'cycle_follow_up_due',
  'cycle_plan_next_year_due',
  'decision_awaiting_approval',
  'democracy_ready_to_sign',
  'democracy_expired',
  'democracy_expiring',
  'initiative_awaiting_review',
  'review_follow_up_due',
  'partner_report_submitted',
  'agreement_ending',
  'governance_question_open',
  'decision_spread_unseen',
  'partner_control_missing',
  'partner_control_outdated',
  'partner_document_waiting',
  'reserved_contract_limit',
  'measurements_missing',
  'follow_up_operative_due',
  'follow_up_strategic_due',
  'follow_up_cluster_routine_due',
  'deviation_unhandled',
  'deviation_action_overdue',
  'partner_report_missing',
  'partner_report_returned',
  'decision_awaiting_party_approval',
  'employer_controls_due',
  'employer_controls_flagged',
] as const;
export type WorkItemReason = (typeof WORK_ITEM_REASONS)[number];

/** Whose items are listed: the caller's own, or everything (for those who steer). */
export const WORK_QUEUE_SCOPES = ['mine', 'all'] as const;
export type WorkQueueScope = (typeof WORK_QUEUE_SCOPES)[number];

/** The roles that steer the administration and may see every item, not only their own. */
export const STEERING_ROLES: readonly Role[] = ['manager', 'admin'];

/** True when the roles may switch the list to everything. */
export function maySeeEverything(roles: readonly Role[]): boolean {
  return roles.some((role) => STEERING_ROLES.includes(role));
}

/** The scope actually used: everything only when asked for and allowed, otherwise the caller's own. */
export function effectiveScope(roles: readonly Role[], asked: WorkQueueScope | undefined): WorkQueueScope {
  return asked === 'all' && maySeeEverything(roles) ? 'all' : 'mine';
}
