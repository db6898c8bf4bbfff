import type { Role } from '../../../shared/users/roles';
import type { WorkItemProvider } from './work-queue.provider';
import { agreementEndingProvider } from './providers/agreement-ending.provider';
import { annualReviewProvider } from './providers/annual-review.provider';
import { cycleTaskProvider } from './providers/cycle-task.provider';
import { decisionProvider } from './providers/decision.provider';
import { democracyProvider } from './providers/democracy.provider';
import { partnerReportProvider } from './providers/partner-report.provider';
import { reviewFollowUpProvider } from './providers/review-follow-up.provider';
import { reviewQueueProvider } from './providers/review-queue.provider';
import { steeringMeetingProvider } from './providers/steering-meeting.provider';
import { governanceQuestionProvider } from './providers/governance-question.provider';
import { decisionSpreadProvider } from './providers/decision-spread.provider';
import { deviationProvider } from './providers/deviation.provider';
import { employerControlsProvider } from './providers/employer-controls.provider';
import { followUpProvider } from './providers/follow-up.provider';
import { measurementsProvider } from './providers/measurements.provider';
import { partnerControlProvider } from './providers/partner-control.provider';
import { partnerDocumentProvider } from '../portal/partner-document.provider';
import { partnerDecisionProvider } from './providers/partner-decision.provider';
import { partnerReportDueProvider } from './providers/partner-report-due.provider';
import { reservedContractProvider } from './providers/reserved-contract.provider';

/** Every kind of "Att göra" item; a new kind is added by writing its provider and registering it here. */
export const WORK_ITEM_PROVIDERS: readonly WorkItemProvider[] = [
  annualReviewProvider,
  steeringMeetingProvider,
  cycleTaskProvider,
  decisionProvider,
  democracyProvider,
  reviewQueueProvider,
  reviewFollowUpProvider,
  partnerReportProvider,
  agreementEndingProvider,
  governanceQuestionProvider,
  decisionSpreadProvider,
  partnerControlProvider,
  partnerDocumentProvider,
  reservedContractProvider,
  measurementsProvider,
  followUpProvider,
  deviationProvider,
  employerControlsProvider,
];

/**
 * The kinds a partner has (decision 008): only these run for an account that holds nothing but the
 * partner role, so no staff list can reach a partner whatever its own role checks say.
 */
export const PARTNER_WORK_ITEM_PROVIDERS: readonly WorkItemProvider[] = [partnerReportDueProvider, partnerDecisionProvider];

/**
 * The kinds that run for these roles: a partner account the partner kinds only; an account holding
 * staff roles besides gets both. The page, the count and the weekly digest all choose here.
 */
export function providersFor(roles: readonly Role[]): readonly WorkItemProvider[] {
  const partnerOnly = roles.every((role) => role === 'partner');
  if (partnerOnly) return PARTNER_WORK_ITEM_PROVIDERS;
  return roles.includes('partner') ? [...WORK_ITEM_PROVIDERS, ...PARTNER_WORK_ITEM_PROVIDERS] : WORK_ITEM_PROVIDERS;
}
