import { dueAfter, endedReportPeriods } from '../../../../shared/work-queue/due.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findPartnerCooperationsWithReports } from '../work-queue-partner.repository';

/**
 * IOP-9, decision 008: for a partner, the reports its organisation owes on its running
 * cooperations — periods of last year and this that have ended with no report submitted, and
 * reports staff returned. Only the linked organisation's cooperations are read.
 */
export const partnerReportDueProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['partner'])) return [];
  const year = Number(today.slice(0, 4));
  const periods = [`${year - 1}-H1`, `${year - 1}-H2`, String(year - 1), `${year}-H1`, `${year}-H2`, String(year)];
  const cooperations = await findPartnerCooperationsWithReports(db, ctx.userId, periods);
  const items: WorkItemView[] = [];
  for (const c of cooperations) {
    for (const period of endedReportPeriods(today, { startDate: c.start_date, endDate: c.end_date })) {
      const report = c.reports.find((r) => r.period === period);
      if (report && report.status !== 'draft' && report.status !== 'returned') continue;
      const returned = report?.status === 'returned';
      items.push({
        key: `partner_report_due:${c.id}:${period}`,
        type: 'partner_report_due',
        title: `${c.title}, ${period}`,
        subtitle: c.case_number,
        reason: returned ? 'partner_report_returned' : 'partner_report_missing',
        requirement: 'IOP-9',
        since: returned && report.reviewed_at ? dateOf(report.reviewed_at, ctx.timeZone) : dueAfter(period),
        link: `/rapportering/${c.id}/${period}`,
        assignee: { userId: ctx.userId, name: null, role: null },
      });
    }
  }
  return items;
};
