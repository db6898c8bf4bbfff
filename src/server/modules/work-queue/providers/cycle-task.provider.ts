import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findDueCycleTasks } from '../work-queue.repository';

/**
 * IOP-7: annual-cycle tasks (the yearly follow-up, planning next year) due and not done — of the
 * bodies the user sits on or that govern the user's cooperations, or all of them.
 */
export const cycleTaskProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'steering_member', 'admin'])) return [];
  const tasks = await findDueCycleTasks(db, today, ctx.scope === 'all' ? undefined : ctx.userId);
  return tasks.map((k) => ({
    key: `annual_cycle_task:${k.id}`,
    type: 'annual_cycle_task' as const,
    title: k.body_name,
    subtitle: null,
    reason: k.kind === 'follow_up' ? ('cycle_follow_up_due' as const) : ('cycle_plan_next_year_due' as const),
    requirement: 'IOP-7',
    since: k.due_on,
    link: `/styrgrupper/${k.body_id}`,
    assignee: { userId: null, name: null, role: 'steering_member' as const },
  }));
};
