import { dueAfter, dueFollowUps } from '../../../../shared/work-queue/due.rules';
import type { WorkItemReason } from '../../../../shared/work-queue/work-queue.rules';
import type { FollowUpKind } from '../../../../shared/followup/follow-up-record.rules';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findBodiesOwingFollowUp } from '../work-queue-due.repository';

const REASON: Record<FollowUpKind, WorkItemReason | null> = {
  operative_semester: 'follow_up_operative_due',
  strategic_yearly: 'follow_up_strategic_due',
  cluster_routine: 'follow_up_cluster_routine_due',
  // Listed through its annual-cycle task (IOP-7).
  iop_yearly: null,
};

/**
 * AGR-5: follow-ups of the agreement with Arbetsförmedlingen not recorded for the period last
 * ended — the operative steering group's each semester, the strategic one's each year, each
 * cluster's routine follow-up each semester — for the body's members and the managers of the
 * cooperations it governs, or all for those who steer. Resolved when the record is saved.
 */
export const followUpProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'steering_member', 'admin'])) return [];
  const userId = ctx.scope === 'all' ? undefined : ctx.userId;
  const owed = dueFollowUps(today);
  const lists = await Promise.all(
    owed.map((o) => findBodiesOwingFollowUp(db, { bodyType: o.bodyType, kind: o.kind, period: o.period.period, periodEnd: o.period.end }, userId)),
  );
  return owed.flatMap((o, index) =>
    (lists[index] ?? []).map((b) => ({
      key: `follow_up_due:${b.body_id}:${o.kind}:${o.period.period}`,
      type: 'follow_up_due' as const,
      title: `${b.body_name}, ${o.period.period}`,
      subtitle: null,
      reason: REASON[o.kind] ?? 'follow_up_operative_due',
      requirement: 'AGR-5',
      since: dueAfter(o.period.period),
      // Follow-ups are recorded on the cooperation the body governs (the agreement with Arbetsförmedlingen).
      link: b.cooperation_id ? `/samverkan/${b.cooperation_id}` : `/styrgrupper/${b.body_id}`,
      assignee: { userId: null, name: null, role: 'steering_member' as const },
    })),
  );
};
