import { dueAfter, endedPlanPeriods } from '../../../../shared/work-queue/due.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { type EndedPlanPeriod, findUnmeasuredPlanPeriods } from '../work-queue-due.repository';

/**
 * IOP-7, AGR-5: measurement periods of adopted plans (this year's and last year's) that have ended
 * without any value entered for the plan's indicators, for the running cooperation's responsible
 * manager, or all for those who steer. Resolved when a value (or "unknown") is saved for the period.
 */
export const measurementsProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const year = Number(today.slice(0, 4));
  const ended: EndedPlanPeriod[] = [year - 1, year].flatMap((y) =>
    (['semester', 'year'] as const).flatMap((kind) => endedPlanPeriods(y, kind, today).map((period) => ({ year: y, kind, period }))),
  );
  const rows = await findUnmeasuredPlanPeriods(db, ended, ctx.scope === 'all' ? undefined : ctx.userId);
  const items: WorkItemView[] = rows.map((p) => ({
    key: `measurements_due:${p.plan_id}:${p.period}`,
    type: 'measurements_due',
    title: `${p.cooperation_title}, ${p.period}`,
    subtitle: p.case_number,
    reason: 'measurements_missing',
    requirement: 'IOP-7',
    since: dueAfter(p.period),
    link: `/samverkan/${p.cooperation_id}/matningar`,
    assignee: { userId: p.responsible_manager_id, name: p.manager_name, role: p.responsible_manager_id ? null : 'manager' },
  }));
  return items;
};
