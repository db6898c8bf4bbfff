import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findDecisionsAwaitingPartnerOrganisation } from '../work-queue-partner.repository';

const TITLE_LENGTH = 120;

/**
 * IOP-6, decision 008: for a partner, joint decisions of the bodies its organisation is a party of
 * that wait for the organisation's approval. Its representative in the body approves or rejects;
 * the item leaves the list when the organisation has voted or the decision is settled.
 */
export const partnerDecisionProvider: WorkItemProvider = async (db, ctx) => {
  if (!holdsAny(ctx.roles, ['partner'])) return [];
  const rows = await findDecisionsAwaitingPartnerOrganisation(db, ctx.userId);
  return rows.map((d) => ({
    key: `decision_awaiting_party:${d.id}`,
    type: 'decision_awaiting_approval' as const,
    title: d.text.length > TITLE_LENGTH ? `${d.text.slice(0, TITLE_LENGTH - 1)}…` : d.text,
    subtitle: d.body_name,
    reason: 'decision_awaiting_party_approval' as const,
    requirement: 'IOP-6',
    since: dateOf(d.proposed_at, ctx.timeZone),
    // The partner portal's page of the body shows the decision and, for its representative, approving (issue 15).
    link: `/portal/styrgrupper/${d.body_id}`,
    assignee: { userId: null, name: null, role: 'partner' as const },
  }));
};
