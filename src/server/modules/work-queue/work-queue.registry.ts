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
];
