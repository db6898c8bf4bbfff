import { semesterOf } from '../../../../shared/governance/cadence.rules';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findSteeringBodiesWithoutMeeting } from '../work-queue.repository';

/**
 * IOP-6, AGR-3: steering groups that have not met this semester — the bodies the user sits on or
 * that govern the user's cooperations, or all of them for those who steer.
 */
export const steeringMeetingProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'steering_member', 'admin'])) return [];
  const { start } = semesterOf(today);
  const bodies = await findSteeringBodiesWithoutMeeting(db, start, today, ctx.scope === 'all' ? undefined : ctx.userId);
  return bodies.map((b) => ({
    key: `steering_without_meeting:${b.id}:${start}`,
    type: 'steering_without_meeting' as const,
    title: b.name,
    subtitle: null,
    reason: 'steering_no_meeting_this_semester' as const,
    requirement: 'IOP-6',
    since: start,
    link: `/styrgrupper/${b.id}`,
    assignee: { userId: null, name: null, role: 'steering_member' as const },
  }));
};
