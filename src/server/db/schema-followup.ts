import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type PlanPeriodKind = 'semester' | 'year';
export type PlanStatus = 'draft' | 'proposed' | 'adopted';
export type IndicatorKind = 'quantitative' | 'qualitative';
export type IndicatorDirection = 'higher' | 'lower';
export type QualitativeAssessment = 'met' | 'partly' | 'not_met';

/** One of the 17 Agenda 2030 goals (reference data, AGR-2). */
export interface AgendaGoalTable {
  number: number;
  name_sv: string;
  name_en: string;
  named_in_agreement: Generated<boolean>;
}

/** A cooperation's activity plan for one year (AGR-2, IOP-7). */
export interface ActivityPlanTable {
  id: Generated<string>;
  cooperation_id: string;
  year: number;
  period_kind: PlanPeriodKind;
  summary: string | null;
  status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
  body_id: string | null;
  decision_id: string | null;
  adopted_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PlanGoalTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  title: string;
  description: string | null;
  agenda_goal: number | null;
}

export interface PlanIndicatorTable {
  id: Generated<string>;
  plan_id: string;
  goal_id: string;
  position: number;
  name: string;
  kind: IndicatorKind;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  direction: IndicatorDirection | null;
  expected_result: string | null;
  assessment: QualitativeAssessment | null;
  assessment_motivation: string | null;
}

export interface FollowUpTables {
  agenda_goal: AgendaGoalTable;
  activity_plan: ActivityPlanTable;
  plan_goal: PlanGoalTable;
  plan_indicator: PlanIndicatorTable;
}

export type ActivityPlanRow = Selectable<ActivityPlanTable>;
export type PlanGoalRow = Selectable<PlanGoalTable>;
export type PlanIndicatorRow = Selectable<PlanIndicatorTable>;
