import { dueAfter, endedPlanPeriods } from '../../../../shared/work-queue/due.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findMeasuredPlans } from '../work-queue-due.repository';

/**
 * IOP-7, AGR-5: measurement periods of adopted plans (this year's and last year's) that have ended
 * without any value entered for the plan's indicators, for the running cooperation's responsible
 * manager, or all for those who steer. Resolved when a value (or "unknown") is saved for the period.
 */
export const measurementsProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const year = Number(today.slice(0, 4));
  const plans = await findMeasuredPlans(db, [year - 1, year], ctx.scope === 'all' ? undefined : ctx.userId);
  const items: WorkItemView[] = [];
  for (const p of plans) {
    for (const period of endedPlanPeriods(p.year, p.period_kind, today)) {
      if (p.measured_periods.includes(period)) continue;
      items.push({
        key: `measurements_due:${p.plan_id}:${period}`,
        type: 'measurements_due',
        title: `${p.cooperation_title}, ${period}`,
        subtitle: p.case_number,
        reason: 'measurements_missing',
        requirement: 'IOP-7',
        since: dueAfter(period),
        link: `/samverkan/${p.cooperation_id}/matningar`,
        assignee: { userId: p.responsible_manager_id, name: p.manager_name, role: p.responsible_manager_id ? null : 'manager' },
      });
    }
  }
  return items;
};
