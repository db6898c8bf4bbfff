import { addDays } from '../../../../shared/lifecycle/termination.rules';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findAgreementsEndingBetween } from '../work-queue.repository';

/** How many days ahead an agreement's end is listed. */
export const AGREEMENT_ENDING_NOTICE_DAYS = 90;

/**
 * IOP-5: signed agreements whose term ends within 90 days, so that renegotiation or the end is
 * decided in time — the responsible manager's own, or all for those who steer.
 */
export const agreementEndingProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const rows = await findAgreementsEndingBetween(db, today, addDays(today, AGREEMENT_ENDING_NOTICE_DAYS), ctx.scope === 'all' ? undefined : ctx.userId);
  return rows.map((a) => ({
    key: `agreement_ending:${a.id}:${a.end_date}`,
    type: 'agreement_ending' as const,
    title: a.title,
    subtitle: a.case_number,
    reason: 'agreement_ending' as const,
    requirement: 'IOP-5',
    since: a.end_date,
    link: `/samverkan/${a.cooperation_id}/avtal/${a.id}`,
    assignee: { userId: a.responsible_manager_id, name: a.manager_name, role: a.responsible_manager_id ? null : ('manager' as const) },
  }));
};
