/** HTTP status of every domain error code; a code missing here is a programming error (500). */
const statusOfCode = {
  validation_failed: 400,
  invalid_cursor: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_missing: 403,
  password_change_required: 403,
  not_found: 404,
  version_conflict: 409,
  email_taken: 409,
  already_revoked: 409,
  wrong_password: 400,
  cannot_disable_self: 409,
  cannot_remove_own_admin: 409,
  too_many_attempts: 429,
  org_number_taken: 409,
  file_too_large: 413,
  unsupported_file_type: 415,
  unsafe_archive: 415,
  remediation_required: 409,
  organisation_archived: 409,
  import_already_committed: 409,
  import_has_no_valid_rows: 409,
  gates_unmet: 409,
  transition_not_allowed: 409,
  initiative_not_convertible: 409,
  meeting_already_held: 409,
  threshold_exists: 409,
  saved_filter_exists: 409,
  spam_suspected: 400,
  rate_limited: 429,
  cooperation_ended: 409,
  decision_closed: 409,
  vote_already_cast: 409,
  governance_body_closed: 409,
  not_publishable: 409,
  agreement_signed: 409,
  termination_pending: 409,
  no_pending_notice: 409,
  not_responsible_manager: 403,
  democracy_draft_exists: 409,
  democracy_draft_status: 409,
  not_assigned_signer: 403,
  not_decision_party: 403,
  association_grant_referral_only: 409,
  partner_not_linked: 403,
  partner_report_locked: 409,
  partner_report_not_submitted: 409,
  partner_report_incomplete: 409,
  // Issue 15, ORG-4: partner-control documents submitted from the partner portal.
  submission_waiting: 409,
  submission_settled: 409,
  // FRM-5: VIDA payouts.
  vida_outside_frame: 409,
  vida_exception_manager_only: 403,
  vida_rate_missing: 409,
  vida_payout_exists: 409,
  plan_not_adopted: 409,
  measurement_category_exists: 409,
  follow_up_exists: 409,
  not_template_keeper: 403,
  // Activity plans (AGR-2, IOP-6, IOP-7).
  plan_exists: 409,
  plan_locked: 409,
  plan_no_steering_body: 409,
  plan_no_agreement: 409,
  cycle_task_by_plan: 409,
  welfare_value_not_applicable: 409,
  // AGR-4: deviations.
  deviation_closed: 409,
  deviation_not_handled: 409,
  deviation_decision_of_other_body: 409,
  // IOP-10: the newsletter.
  newsletter_already_sent: 409,
  // AGR-8: questions raised to the body above and decisions spread to the bodies below.
  question_no_body_above: 400,
  question_not_open: 409,
  decision_not_decided: 409,
  no_bodies_below: 409,
  not_body_member: 403,
  // Issue 12: the outbox.
  mail_not_failed: 409,
  // EMP-2, EMP-4: offers of job partnerships and job tracks.
  offer_not_job_partnership: 409,
  offer_closed: 409,
  job_track_ended: 409,
  job_track_employer_exists: 409,
  employer_controls_unmet: 409,
  // EMP-1: Integrationspakten membership applications.
  application_closed: 409,
  application_not_approvable: 409,
  // Issue 15: invited partner accounts.
  not_partner_contact: 403,
  organisation_not_active: 409,
  invitation_email_taken: 409,
  invitation_email_ended: 409,
  invitation_pending: 409,
  contact_may_not_invite: 403,
  contact_may_not_grant_contact: 403,
  partner_account_limit_reached: 409,
  invitation_not_pending: 409,
  partner_account_ended: 409,
  contact_may_not_end_contact: 403,
  invitation_not_found: 404,
  invitation_used: 410,
  invitation_revoked: 410,
  invitation_expired: 410,
  invitation_organisation_inactive: 410,
  // Issue 15: single sign-on and passwords for staff.
  sso_not_configured: 404,
  sso_mapping_exists: 409,
  staff_passwords_off: 403,
  // Issue 15: two-factor sign-in and sessions (decision 015).
  two_factor_enrolment_required: 403,
  login_challenge_invalid: 401,
  invalid_second_factor: 401,
  two_factor_already_enrolled: 409,
  two_factor_not_pending: 409,
  two_factor_not_enrolled: 409,
  two_factor_required_by_policy: 409,
} as const;

export type DomainErrorCode = keyof typeof statusOfCode;

export type FieldError = { path: string; message: string; requirement?: string };

/** An expected failure of a use case, carrying a code that maps to HTTP status and message. */
export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: DomainErrorCode,
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number; extra?: Record<string, unknown> } = {},
  ) {
    super(code);
    this.status = statusOfCode[code];
  }
}

/** Throws `not_found` unless the value exists. */
export function found<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new DomainError('not_found');
  return value;
}
