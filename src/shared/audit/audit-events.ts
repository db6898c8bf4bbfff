/**
 * Every event the server records in the audit log, grouped as the audit log's filter offers them.
 * A test scans the server's `recordAudit` calls and fails when an action is missing here, and
 * another fails when an action has no words in Swedish and English, so no raw code reaches the page.
 */
export const AUDIT_EVENT_GROUPS = [
  {
    key: 'access',
    actions: [
      'auth.login.succeeded',
      'auth.login.failed',
      'auth.login.blocked',
      'auth.logout',
      'auth.second_factor.failed',
      'auth.second_factor.recovery_code_used',
      'auth.second_factor.enrolled',
      'auth.second_factor.recovery_codes_regenerated',
      'auth.second_factor.disabled',
      'auth.second_factor.reset',
      'auth.session.ended',
      'auth.sessions.ended_elsewhere',
      'user.created',
      'user.updated',
      'user.disabled',
      'user.enabled',
      'user.password.reset',
      'user.password.changed',
      'api-token.created',
      'api-token.revoked',
    ],
  },
  {
    key: 'organisations',
    actions: [
      'organisation.created',
      'organisation.updated',
      'organisation.archived',
      'organisation.restored',
      'organisation.document.uploaded',
      'organisation.document.marked-not-existing',
      'organisation.document.absence-withdrawn',
      'organisation.document.submitted',
      'organisation.document.submission-accepted',
      'organisation.document.submission-returned',
      'organisation.democracy-assessment.signed',
      'organisation.remediation.recorded',
      'organisation.democracy-draft.created',
      'organisation.democracy-draft.updated',
      'organisation.democracy-draft.handed-over',
      'organisation.democracy-draft.reviewed',
      'organisation.democracy-draft.returned',
      'organisation.democracy-draft.discarded',
      'organisation-import.uploaded',
      'organisation-import.committed',
    ],
  },
  {
    key: 'initiatives',
    actions: [
      'initiative.created',
      'initiative.received',
      'initiative.updated',
      'initiative.attachment.uploaded',
      'initiative.withdrawn',
      'initiative.reported',
      'initiative.review-scheduled',
      'initiative.recommended',
      'initiative.registry-number-set',
      'initiative.converted',
      'review-meeting.created',
      'review-meeting.updated',
      'review-meeting.attendees.set',
      'review-meeting.agenda-item.added',
      'review-meeting.held',
    ],
  },
  {
    key: 'cooperations',
    actions: [
      'cooperation.created',
      'cooperation.updated',
      'cooperation.transitioned',
      'cooperation.publication_changed',
      'cooperation.followed-up',
      'cooperation.notice_given',
      'cooperation.notice_withdrawn',
      'cooperation.ended_by_notice',
      'cooperation.rescinded',
    ],
  },
  {
    key: 'agreements',
    actions: [
      'agreement.created',
      'agreement.updated',
      'agreement.revised',
      'agreement.signed',
      'agreement.annex.created',
      'agreement.annex.versioned',
      'agreement.annual_review_recorded',
      'agreement.terminated',
    ],
  },
  {
    key: 'governance',
    actions: [
      'governance-body.created',
      'governance-body.updated',
      'governance-body.representation-replaced',
      'governance-member.added',
      'governance-member.updated',
      'governance-meeting.created',
      'governance-meeting.updated',
      'governance-meeting.attachment.uploaded',
      'governance-action-item.created',
      'governance-action-item.updated',
      'governance-decision.proposed',
      'governance-decision.approved',
      'governance-decision.rejected',
      'governance-decision.settled',
      'governance-cycle-task.completed',
    ],
  },
  {
    key: 'partner',
    actions: ['partner-report.saved', 'partner-report.financial-report.uploaded', 'partner-report.submitted', 'partner-report.approved', 'partner-report.returned'],
  },
  {
    key: 'measurements',
    actions: ['measurement.saved', 'measurement.cluster-mapping.saved', 'measurement-category.created', 'measurement-category.updated'],
  },
  {
    // AGR-5, IOP-7: follow-up records and the clusters' routine template.
    key: 'followUpRecords',
    actions: ['follow-up-record.recorded', 'follow-up-record.updated', 'follow-up-template.versioned'],
  },
  {
    key: 'plans',
    actions: ['activity-plan.created', 'activity-plan.updated', 'activity-plan.proposed', 'activity-plan.adopted', 'activity-plan.returned', 'activity-plan.assessed'],
  },
  {
    key: 'economy',
    actions: [
      'economy.outcome.recorded',
      'economy.outcome.corrected',
      'economy.outcome.removed',
      'economy.reconciliation.recorded',
      'economy.audit.recorded',
      'economy.audit.report_filed',
      'welfare-value.entry.recorded',
      'welfare-value.entry.corrected',
      'welfare-value.entry.removed',
      'welfare-value.advertising.changed',
    ],
  },
  {
    key: 'reference',
    actions: ['legal-form.created', 'legal-form.updated', 'threshold.created', 'threshold.updated', 'setting.updated', 'file.uploaded'],
  },
  // FRM-5: VIDA payouts to associations.
  { key: 'vida', actions: ['vida-payout.created', 'vida-payout.updated', 'vida-payout.deleted'] },
  // AGR-4: deviations reported, handled and closed.
  {
    key: 'deviations',
    actions: ['deviation.reported', 'deviation.action.added', 'deviation.action.updated', 'deviation.decided', 'deviation.closed'],
  },
  // IOP-10: the newsletter's news items written and sent by staff (never the public's addresses).
  { key: 'newsletter', actions: ['newsletter-item.created', 'newsletter-item.updated', 'newsletter-item.sent'] },
  // AGR-8: questions raised to the body above and decisions spread to the bodies below.
  {
    key: 'governanceQuestions',
    actions: [
      'governance-question.raised',
      'governance-question.answered',
      'governance-question.raised-further',
      'governance-decision.spread',
      'governance-decision.spread-seen',
    ],
  },
  // Issue 12: an administrator sends a failed mail again.
  { key: 'mail', actions: ['mail.retried'] },
  // AGR-9: an administrator records that districts merge or split from a date.
  { key: 'districtHistory', actions: ['district.succession.recorded'] },
  // EMP-2, EMP-3: checks of employers' controls, the programmes they come from, and resets after an immediate termination.
  {
    key: 'employerControls',
    actions: ['employer-control.checked', 'employer-control-programme.created', 'employer-control.interval-changed', 'employer-control.reset'],
  },
  // EMP-4: offers of job partnerships and their outcomes, and job tracks.
  {
    key: 'employerOffers',
    actions: [
      'employer-offer.created',
      'employer-offer.closed',
      'employer-offer.outcome.recorded',
      'job-track.created',
      'job-track.started',
      'job-track.ended',
      'job-track.employer.added',
      ],
    },
  // EMP-1: Integrationspakten membership applications and employer profiles.
  {
    key: 'integrationPact',
    actions: [
      'integration_pact_application.registered',
      'integration_pact_application.received',
      'integration_pact_application.linked',
      'integration_pact_application.checked',
      'integration_pact_application.approved',
      'integration_pact_application.rejected',
      'integration_pact_application.withdrawn',
      'employer_profile.created',
      'employer_profile.updated',
    ],
  },
  // Issue 15: invited partner accounts, their contacts and limits.
  {
    key: 'partnerAccounts',
    actions: [
      'partner-invitation.created',
      'partner-invitation.revoked',
      'partner-invitation.accepted',
      'partner-invitation.refused',
      'partner-account.ended',
      'partner-account.contact-changed',
      'partner-account.limits-changed',
    ],
  },
  // Issue 15: staff single sign-on, its refusals, accounts it creates, changes and disables, and the group-to-role mapping.
  {
    key: 'singleSignOn',
    actions: [
      'sso.login.refused',
      'sso.account.created',
      'sso.account.updated',
      'sso.account.disabled',
      'sso.role-mapping.created',
      'sso.role-mapping.deleted',
    ],
  },
] as const;

export type AuditEventGroup = (typeof AUDIT_EVENT_GROUPS)[number];
export type AuditAction = AuditEventGroup['actions'][number];

/** Every recorded action, in the filter's order. */
export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_EVENT_GROUPS.flatMap((g) => g.actions);

/** Every kind of record the audit log names, in the filter's order. */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'api_token',
  'organisation',
  'organisation_import',
  'initiative',
  'review_meeting',
  'cooperation',
  'agreement',
  'governance_body',
  'governance_member',
  'governance_meeting',
  'governance_action_item',
  'governance_decision',
  'governance_cycle_task',
  'partner_report',
  'measurement_sheet',
  'cluster_mapping',
  'measurement_category',
  'follow_up_record',
  'follow_up_template',
  'activity_plan',
  'legal_form',
  'threshold',
  'setting',
  'file',
  'vida_payout',
  'deviation',
  'newsletter_item',
  'governance_question',
  'mail_message',
  'district',
  'employer_control_programme',
  'employer_offer',
  'job_track',
  'integration_pact_application',
  'partner_invitation',
  'sso_role_mapping',
] as const;

/** The name of an audit code in the message catalogues, whose keys hold neither dots nor dashes (`auth.login.failed` → `auth_login_failed`). */
export function auditMessageKey(code: string): string {
  return code.replace(/[.-]/g, '_');
}
