import { DEVIATION_UNHANDLED_LIMIT_DAYS, daysBefore } from '../../../../shared/deviations/deviation.rules';
import { addDays } from '../../../../shared/lifecycle/termination.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findOverdueDeviationActions, findUnhandledDeviations } from '../work-queue-due.repository';

const TITLE_LENGTH = 120;
const shorten = (text: string) => (text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text);

/**
 * AGR-4: deviations still without a decision after the limit (for the manager or the members of
 * the body they are routed to) and actions on open deviations past their due date (for their
 * owner); everything for those who steer. The rules are the deviation list's "overdue".
 */
export const deviationProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'])) return [];
  const userId = ctx.scope === 'all' ? undefined : ctx.userId;
  // Overdue when reported before today minus the limit (isDeviationOverdue), i.e. on or before the day before.
  const reportedBy = addDays(daysBefore(today, DEVIATION_UNHANDLED_LIMIT_DAYS), -1);
  const [unhandled, actions] = await Promise.all([findUnhandledDeviations(db, reportedBy, userId), findOverdueDeviationActions(db, today, userId)]);
  const items: WorkItemView[] = unhandled.map((d) => ({
    key: `deviation_overdue:${d.id}`,
    type: 'deviation_overdue',
    title: shorten(d.description),
    subtitle: d.body_name,
    reason: 'deviation_unhandled',
    requirement: 'AGR-4',
    since: addDays(d.reported_on, DEVIATION_UNHANDLED_LIMIT_DAYS),
    link: `/avvikelser/${d.id}`,
    assignee: { userId: d.routed_user_id, name: d.routed_user_name, role: d.routed_user_id ? null : 'steering_member' },
  }));
  for (const a of actions) {
    items.push({
      key: `deviation_action_overdue:${a.id}`,
      type: 'deviation_overdue',
      title: shorten(a.text),
      subtitle: null,
      reason: 'deviation_action_overdue',
      requirement: 'AGR-4',
      since: a.due_date,
      link: `/avvikelser/${a.deviation_id}`,
      assignee: { userId: a.owner_user_id, name: a.owner_name, role: null },
    });
  }
  return items;
};
