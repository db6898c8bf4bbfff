import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findDecisionsAwaitingApproval } from '../work-queue.repository';

const TITLE_LENGTH = 120;

/**
 * IOP-6: joint decisions waiting for the user's approval, as a member of the body for an
 * organisation that is a party and has not voted; everything shows every open decision.
 */
export const decisionProvider: WorkItemProvider = async (db, ctx) => {
  const everything = ctx.scope === 'all';
  if (!everything && !holdsAny(ctx.roles, ['manager', 'steering_member'])) return [];
  const rows = await findDecisionsAwaitingApproval(db, everything ? undefined : ctx.userId);
  return rows.map((d) => ({
    key: `decision_awaiting_approval:${d.id}`,
    type: 'decision_awaiting_approval' as const,
    title: d.text.length > TITLE_LENGTH ? `${d.text.slice(0, TITLE_LENGTH - 1)}…` : d.text,
    subtitle: d.body_name,
    reason: 'decision_awaiting_approval' as const,
    requirement: 'IOP-6',
    since: dateOf(d.proposed_at, ctx.timeZone),
    link: `/styrgrupper/${d.body_id}`,
    assignee: { userId: null, name: null, role: 'steering_member' as const },
  }));
};
