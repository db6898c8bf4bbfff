import { addDays } from '../../../../shared/lifecycle/termination.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { findOpenDrafts } from '../../organisations/democracy-draft.repository';
import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findLapsingAssessments } from '../work-queue.repository';

/** How many days ahead an assessment about to run out is listed (DEM-3). */
export const DEMOCRACY_EXPIRY_NOTICE_DAYS = 30;

/**
 * DEM-3: democracy assessments handed over to the manager to sign, and the parties of running
 * cooperations whose assessment has run out or runs out within 30 days — the manager's own, or all.
 */
export const democracyProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const everything = ctx.scope === 'all';
  const [drafts, lapsing] = await Promise.all([
    everything || holdsAny(ctx.roles, ['manager'])
      ? findOpenDrafts(db, { status: 'ready_for_signing', signerId: everything ? undefined : ctx.userId }, 500)
      : Promise.resolve([]),
    findLapsingAssessments(db, addDays(today, DEMOCRACY_EXPIRY_NOTICE_DAYS + 1), everything ? undefined : ctx.userId),
  ]);
  const items: WorkItemView[] = drafts.map((d) => ({
    key: `democracy_assessment:sign:${d.id}`,
    type: 'democracy_assessment',
    title: d.organisation_name,
    subtitle: d.handed_over_by_name,
    reason: 'democracy_ready_to_sign',
    requirement: 'DEM-3',
    since: dateOf(d.handed_over_at ?? d.updated_at, ctx.timeZone),
    link: `/organisationer/${d.organisation_id}`,
    assignee: { userId: d.signer_id, name: d.signer_name, role: d.signer_id ? null : 'manager' },
  }));
  for (const a of lapsing) {
    const expired = a.valid_until < today;
    items.push({
      key: `democracy_assessment:${expired ? 'expired' : 'expiring'}:${a.organisation_id}`,
      type: 'democracy_assessment',
      title: a.organisation_name,
      subtitle: null,
      reason: expired ? 'democracy_expired' : 'democracy_expiring',
      requirement: 'DEM-3',
      since: a.valid_until,
      link: `/organisationer/${a.organisation_id}`,
      assignee: { userId: null, name: null, role: 'manager' },
    });
  }
  return items;
};
