import { partnerControlGaps } from '../../../../shared/work-queue/due.rules';
import type { WorkItemView } from '../../../../shared/work-queue/work-queue.schemas';
import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findPartiesUnderControl } from '../work-queue-due.repository';

/**
 * ORG-4, IOP-3: civil-society parties of IOPs being prepared or running whose partner control has
 * a document neither received nor marked as not existing, or a yearly document older than last
 * year's — for the IOPs' responsible manager, or all for those who steer.
 */
export const partnerControlProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const parties = await findPartiesUnderControl(db, today, ctx.scope === 'all' ? undefined : ctx.userId);
  const items: WorkItemView[] = [];
  for (const p of parties) {
    const gaps = partnerControlGaps(new Map(p.documents.map((d) => [d.type, d.year])), new Set(p.not_existing), today);
    if (gaps.missing.length === 0 && gaps.outdated.length === 0) continue;
    const missing = gaps.missing.length > 0;
    items.push({
      key: `partner_control:${p.organisation_id}`,
      type: 'partner_control',
      title: p.organisation_name,
      subtitle: `${p.case_number} ${p.cooperation_title}`,
      reason: missing ? 'partner_control_missing' : 'partner_control_outdated',
      requirement: 'ORG-4',
      // Missing since the IOP asked for it; out of date since the year after last year's began.
      since: missing ? dateOf(p.since, ctx.timeZone) : `${today.slice(0, 4)}-01-01`,
      link: `/organisationer/${p.organisation_id}`,
      assignee: { userId: p.responsible_manager_id, name: p.manager_name, role: p.responsible_manager_id ? null : 'manager' },
    });
  }
  return items;
};
