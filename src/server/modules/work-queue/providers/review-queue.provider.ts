import { findReviewQueue } from '../../initiatives/review.repository';
import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';

/** INI-2: initiatives waiting for the review group — for its members, and for those who steer when they look at everything. */
export const reviewQueueProvider: WorkItemProvider = async (db, ctx) => {
  if (!holdsAny(ctx.roles, ['review_group']) && ctx.scope !== 'all') return [];
  const rows = await findReviewQueue(db, { limit: 500 });
  return rows.slice(0, 500).map((i) => ({
    key: `initiative_awaiting_review:${i.id}`,
    type: 'initiative_awaiting_review' as const,
    title: i.title,
    subtitle: i.registry_number ?? `${i.number_year}-${i.number_sequence}`,
    reason: 'initiative_awaiting_review' as const,
    requirement: 'INI-2',
    since: dateOf(i.created_at, ctx.timeZone),
    link: `/initiativ/${i.id}`,
    assignee: { userId: null, name: null, role: 'review_group' as const },
  }));
};
