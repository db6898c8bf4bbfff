import { findDueEmployerControls } from '../../employers/job-partnership-follow-up';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';

/**
 * EMP-2: employers of running job partnerships whose controls are due for a new check (expired,
 * failed, missing under a new programme, without evidence), flagged after the grace period — for
 * the partnership's responsible manager, or all for those who steer.
 */
export const employerControlsProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const due = await findDueEmployerControls(db, today, ctx.scope === 'all' ? {} : { managerId: ctx.userId });
  return due.map((d) => ({
    key: `employer_controls:${d.cooperationId}:${d.organisationId}`,
    type: 'employer_controls_due' as const,
    title: d.organisationName,
    subtitle: `${d.caseNumber} ${d.title}`,
    reason: d.followUp.flagged ? ('employer_controls_flagged' as const) : ('employer_controls_due' as const),
    requirement: 'EMP-2',
    since: d.dueSince,
    link: `/arbetsgivare/${d.organisationId}/kontroller`,
    assignee: { userId: d.responsibleManagerId, name: d.managerName, role: d.responsibleManagerId ? null : ('manager' as const) },
  }));
};
