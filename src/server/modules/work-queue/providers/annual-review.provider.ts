import { annualReviewDue, isReviewOnWorklist, REVIEW_DUE_SOON_DAYS } from '../../../../shared/lifecycle/annual-review.rules';
import { addDays } from '../../../../shared/lifecycle/termination.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { findAgreementsDueForReview } from '../../lifecycle/annual-review.repository';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';

const LIMIT = 500;

/**
 * IOP-8: agreements in force whose yearly review is due or overdue — the responsible manager's
 * own, or every one for those who steer; the longest unreviewed first, at most 500. The query
 * selects them by the stored day their first unreviewed year falls due; the rules work out each
 * review's year and day.
 */
export const annualReviewProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'review_group', 'economist', 'admin'])) return [];
  const agreements = await findAgreementsDueForReview(db, {
    today,
    horizon: addDays(today, REVIEW_DUE_SOON_DAYS),
    limit: LIMIT,
    managerId: ctx.scope === 'all' ? undefined : ctx.userId,
  });
  const items: WorkItemView[] = [];
  for (const a of agreements) {
    const due = annualReviewDue({ startDate: a.start_date, endDate: a.end_date, inForce: true }, a.reviewed_years, today);
    if (!isReviewOnWorklist(due) || due.dueOn === null) continue;
    items.push({
      key: `annual_review:${a.id}:${due.nextReviewYear ?? ''}`,
      type: 'annual_review',
      title: a.title,
      subtitle: `${a.case_number} ${a.cooperation_title}`,
      reason: due.status === 'overdue' ? 'annual_review_overdue' : 'annual_review_due',
      requirement: 'IOP-8',
      since: due.dueOn,
      link: `/samverkan/${a.cooperation_id}/avtal/${a.id}`,
      assignee: { userId: a.responsible_manager_id, name: a.manager_name, role: a.responsible_manager_id ? null : 'manager' },
    });
  }
  return items;
};
