import { findFirstDueFollowUps } from '../../initiatives/follow-up.repository';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';

const LIMIT = 500;

/**
 * INI-7: running cooperations the review group has not followed up within a year, for its
 * members, and for those who steer when they look at everything: the first of the group's due list.
 */
export const reviewFollowUpProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['review_group']) && ctx.scope !== 'all') return [];
  const rows = await findFirstDueFollowUps(db, { today, timeZone: ctx.timeZone, limit: LIMIT });
  return rows.map((c) => ({
    key: `review_follow_up_due:${c.id}`,
    type: 'review_follow_up_due' as const,
    title: c.title,
    subtitle: c.case_number,
    reason: 'review_follow_up_due' as const,
    requirement: 'INI-7',
    since: c.due_since ?? today,
    link: '/beredningsgrupp',
    assignee: { userId: null, name: null, role: 'review_group' as const },
  }));
};
