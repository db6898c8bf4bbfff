import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findSubmittedPartnerReports } from '../work-queue.repository';

/** IOP-9: partner reports submitted and waiting for review — the responsible manager's own, or all for those who steer. */
export const partnerReportProvider: WorkItemProvider = async (db, ctx) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'economist', 'admin'])) return [];
  const rows = await findSubmittedPartnerReports(db, ctx.scope === 'all' ? undefined : ctx.userId);
  return rows.map((r) => ({
    key: `partner_report_to_review:${r.id}`,
    type: 'partner_report_to_review' as const,
    title: `${r.organisation_name}, ${r.period}`,
    subtitle: `${r.case_number} ${r.cooperation_title}`,
    reason: 'partner_report_submitted' as const,
    requirement: 'IOP-9',
    since: dateOf(r.submitted_at ?? r.updated_at, ctx.timeZone),
    link: `/partnerrapporter/${r.id}`,
    assignee: { userId: r.responsible_manager_id, name: r.manager_name, role: r.responsible_manager_id ? null : ('manager' as const) },
  }));
};
