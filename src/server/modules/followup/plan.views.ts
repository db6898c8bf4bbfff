import { isContentEditable } from '../../../shared/followup/plan.rules';
import type { GoalView, IndicatorView, PlanListItemView, PlanView } from '../../../shared/followup/plan.schemas';
import type { PlanGoalRow, PlanIndicatorRow } from '../../db/schema-followup';
import type { PlanRow } from './plan.repository';

/** A plan as listed on its cooperation, with how many goals and indicators it has. */
export function toPlanListItem(row: PlanRow, goalCount: number, indicatorCount: number): PlanListItemView {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    year: row.year,
    periodKind: row.period_kind,
    status: row.status,
    adoptedAt: row.adopted_at,
    decision: row.decision_id && row.decision_body_id && row.decision_status ? { id: row.decision_id, bodyId: row.decision_body_id, status: row.decision_status } : null,
    goalCount,
    indicatorCount,
    version: row.version,
  };
}

function toIndicatorView(i: PlanIndicatorRow): IndicatorView {
  return {
    id: i.id,
    goalId: i.goal_id,
    position: i.position,
    name: i.name,
    kind: i.kind,
    unit: i.unit,
    baseline: i.baseline,
    target: i.target,
    direction: i.direction,
    expectedResult: i.expected_result,
    assessment: i.assessment,
    assessmentMotivation: i.assessment_motivation,
  };
}

/** The goals of a plan with their indicators, in order. */
export function toGoalViews(goals: readonly PlanGoalRow[], indicators: readonly PlanIndicatorRow[]): GoalView[] {
  return goals.map((g) => ({
    id: g.id,
    position: g.position,
    title: g.title,
    description: g.description,
    agendaGoal: g.agenda_goal,
    indicators: indicators.filter((i) => i.goal_id === g.id).map(toIndicatorView),
  }));
}

/** One plan with its content; `editable` when it is a draft and the caller may write. */
export function toPlanView(
  row: PlanRow,
  cooperation: { id: string; case_number: string; title: string },
  goals: readonly PlanGoalRow[],
  indicators: readonly PlanIndicatorRow[],
  canWrite: boolean,
): PlanView {
  return {
    ...toPlanListItem(row, goals.length, indicators.length),
    summary: row.summary,
    cooperation: { id: cooperation.id, caseNumber: cooperation.case_number, title: cooperation.title },
    body: row.body_id && row.body_name ? { id: row.body_id, name: row.body_name } : null,
    goals: toGoalViews(goals, indicators),
    editable: canWrite && isContentEditable(row.status),
  };
}
