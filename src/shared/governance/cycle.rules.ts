import { isSteeringGroupType } from './governance.schemas';

/** What the steering group does in its annual cycle (IOP-7). */
export const CYCLE_TASK_KINDS = ['follow_up', 'plan_next_year'] as const;
export type CycleTaskKind = (typeof CYCLE_TASK_KINDS)[number];

/** A task of the annual cycle as the calendar gives it, before anyone has done it. */
export type CycleTaskPlan = { kind: CycleTaskKind; cycleYear: number; dueOn: string };

/** Whether a task is done, still open, or open past its due date. */
export type CycleTaskStatus = 'done' | 'open' | 'overdue';

/**
 * The tasks of one year of a steering group's annual cycle (IOP-7): in the spring semester it
 * follows up the previous year's goal fulfilment, adjustments and economic outcome (due 30 June,
 * the end of the spring semester); in the autumn semester it plans next year — goals,
 * indicators, budget and development areas — in time for the year to start (due 30 November).
 */
export function cycleTasksOf(cycleYear: number): CycleTaskPlan[] {
  return [
    { kind: 'follow_up', cycleYear, dueOn: `${cycleYear}-06-30` },
    { kind: 'plan_next_year', cycleYear, dueOn: `${cycleYear}-11-30` },
  ];
}

/** A task's status on a given day; ISO dates compare correctly as text. */
export function cycleTaskStatus(task: { dueOn: string; done: boolean }, today: string): CycleTaskStatus {
  if (task.done) return 'done';
  return today > task.dueOn ? 'overdue' : 'open';
}

/**
 * Whether a body keeps the IOP annual cycle (IOP-6, IOP-7): a steering group that governs at
 * least one IOP. Other bodies (working groups, forums) have no plan to annex.
 */
export function hasAnnualCycle(body: { type: string }, linkedForms: readonly string[]): boolean {
  return isSteeringGroupType(body.type) && linkedForms.includes('iop');
}

/** The title of the annex that holds the plan and budget adopted in a cycle year, for the year after (IOP-7). */
export function planAnnexTitle(cycleYear: number): string {
  return `Verksamhetsplan och budget ${cycleYear + 1}`;
}
