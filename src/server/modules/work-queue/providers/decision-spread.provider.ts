import { findUnseenSpreadsFor } from '../../governance/spread.repository';
import { dateOf, type WorkItemProvider } from '../work-queue.provider';

const TITLE_LENGTH = 120;

/**
 * AGR-8: decisions spread to a body the user sits on that the user has not yet marked seen. Seeing
 * is each member's own, so the item is the user's own in every scope.
 */
export const decisionSpreadProvider: WorkItemProvider = async (db, ctx) => {
  const rows = await findUnseenSpreadsFor(db, ctx.userId);
  return rows.map((s) => ({
    key: `decision_spread_unseen:${s.id}`,
    type: 'decision_spread_unseen' as const,
    title: s.decision_text.length > TITLE_LENGTH ? `${s.decision_text.slice(0, TITLE_LENGTH - 1)}…` : s.decision_text,
    subtitle: `${s.from_body_name} → ${s.body_name}`,
    reason: 'decision_spread_unseen' as const,
    requirement: 'AGR-8',
    since: dateOf(s.spread_at, ctx.timeZone),
    link: `/styrgrupper/${s.body_id}`,
    assignee: { userId: ctx.userId, name: null, role: null },
  }));
};
