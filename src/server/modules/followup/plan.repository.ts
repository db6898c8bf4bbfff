import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';
import type { ActivityPlanTable, PlanGoalRow, PlanGoalTable, PlanIndicatorRow, PlanIndicatorTable } from '../../db/schema-followup';

/** The 17 Agenda 2030 goals in order (reference data, AGR-2). */
export function findAgendaGoals(db: Db) {
  return db.selectFrom('agenda_goal').select(['number', 'name_sv', 'name_en', 'named_in_agreement']).orderBy('number').execute();
}

/** A plan's row with its adoption time as ISO text and the status of the decision it was proposed by. */
export type PlanRow = {
  id: string;
  cooperation_id: string;
  year: number;
  period_kind: 'semester' | 'year';
  summary: string | null;
  status: 'draft' | 'proposed' | 'adopted';
  body_id: string | null;
  body_name: string | null;
  decision_id: string | null;
  decision_body_id: string | null;
  decision_status: 'proposed' | 'decided' | 'rejected' | null;
  adopted_at: string | null;
  version: number;
};

function plansQuery(db: Db) {
  return db
    .selectFrom('activity_plan as p')
    .leftJoin('governance_body as b', 'b.id', 'p.body_id')
    .leftJoin('governance_decision as d', 'd.id', 'p.decision_id')
    .select([
      'p.id',
      'p.cooperation_id',
      'p.year',
      'p.period_kind',
      'p.summary',
      'p.status',
      'p.body_id',
      'b.name as body_name',
      'p.decision_id',
      'd.body_id as decision_body_id',
      'd.status as decision_status',
      isoTimestamp('p.adopted_at').as('adopted_at'),
      'p.version',
    ]);
}

/** A cooperation's plans, the latest year first. */
export function findPlansOfCooperation(db: Db, cooperationId: string): Promise<PlanRow[]> {
  return plansQuery(db).where('p.cooperation_id', '=', cooperationId).orderBy('p.year', 'desc').execute() as Promise<PlanRow[]>;
}

/** One plan with its body and decision. */
export function findPlanById(db: Db, id: string): Promise<PlanRow | undefined> {
  return plansQuery(db).where('p.id', '=', id).executeTakeFirst() as Promise<PlanRow | undefined>;
}

/** Locks a plan's row for a change and returns its status and version. */
export function lockPlan(db: Db, id: string) {
  return db.selectFrom('activity_plan').select(['id', 'cooperation_id', 'year', 'status', 'version', 'decision_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The plan a joint decision was proposed for, locked, if any. */
export function lockPlanOfDecision(db: Db, decisionId: string) {
  return db
    .selectFrom('activity_plan')
    .select(['id', 'cooperation_id', 'year', 'period_kind', 'summary', 'status', 'version', 'body_id'])
    .where('decision_id', '=', decisionId)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether the cooperation already has a plan for the year. */
export async function planExists(db: Db, cooperationId: string, year: number): Promise<boolean> {
  return (await db.selectFrom('activity_plan').select('id').where('cooperation_id', '=', cooperationId).where('year', '=', year).executeTakeFirst()) !== undefined;
}

/** Inserts a plan and returns its id. */
export async function insertPlan(db: Db, values: Insertable<ActivityPlanTable>): Promise<string> {
  return (await db.insertInto('activity_plan').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Applies changes when the plan is still at the version; false when someone else got there first. */
export async function updatePlanIfVersion(db: Db, id: string, version: number, changes: Updateable<ActivityPlanTable>): Promise<boolean> {
  const result = await db
    .updateTable('activity_plan')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The goals of some plans in order. */
export function findGoals(db: Db, planIds: readonly string[]): Promise<PlanGoalRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('plan_goal').select(['id', 'plan_id', 'position', 'title', 'description', 'agenda_goal']).where('plan_id', 'in', planIds).orderBy('plan_id').orderBy('position').execute();
}

/** The indicators of some plans in order. */
export function findIndicators(db: Db, planIds: readonly string[]): Promise<PlanIndicatorRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_indicator')
    .select(['id', 'plan_id', 'goal_id', 'position', 'name', 'kind', 'unit', 'baseline', 'target', 'direction', 'expected_result', 'assessment', 'assessment_motivation'])
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy('goal_id')
    .orderBy('position')
    .execute();
}

/** Inserts a goal and returns its id. */
export async function insertGoal(db: Db, values: Insertable<PlanGoalTable>): Promise<string> {
  return (await db.insertInto('plan_goal').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a goal of a plan. */
export async function updateGoal(db: Db, planId: string, id: string, changes: Updateable<PlanGoalTable>): Promise<void> {
  await db.updateTable('plan_goal').set(changes).where('id', '=', id).where('plan_id', '=', planId).execute();
}

/** Inserts an indicator. */
export async function insertIndicator(db: Db, values: Insertable<PlanIndicatorTable>): Promise<void> {
  await db.insertInto('plan_indicator').values(values).execute();
}

/** Changes an indicator of a plan. */
export async function updateIndicator(db: Db, planId: string, id: string, changes: Updateable<PlanIndicatorTable>): Promise<void> {
  await db.updateTable('plan_indicator').set(changes).where('id', '=', id).where('plan_id', '=', planId).execute();
}

/** Removes a draft's indicators that the editor left out. */
export async function deleteIndicators(db: Db, planId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('plan_indicator').where('plan_id', '=', planId).where('id', 'in', ids).execute();
}

/** Removes a draft's goals that the editor left out (their indicators go with them). */
export async function deleteGoals(db: Db, planId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('plan_goal').where('plan_id', '=', planId).where('id', 'in', ids).execute();
}

/** The cooperation a plan belongs to, with its case number, title and form. */
export function findCooperationHead(db: Db, id: string) {
  return db.selectFrom('cooperation').select(['id', 'case_number', 'title', 'form']).where('id', '=', id).executeTakeFirst();
}

/** The active bodies that govern a cooperation, for choosing its steering body. */
export function findGoverningBodies(db: Db, cooperationId: string) {
  return db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('governance_body as b', 'b.id', 'l.body_id')
    .select(['b.id', 'b.type', 'b.name', 'b.status'])
    .where('l.cooperation_id', '=', cooperationId)
    .execute();
}

/** Whether a user sits as an active member in a body that governs the cooperation. */
export async function isMemberGoverningCooperation(db: Db, cooperationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('governance_member as m', 'm.body_id', 'l.body_id')
    .select('m.id')
    .where('l.cooperation_id', '=', cooperationId)
    .where('m.user_id', '=', userId)
    .where('m.active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** The cooperation's agreement that its adopted plans are annexed to: not terminated, the newest first (IOP-7). */
export function findAgreementOfCooperation(db: Db, cooperationId: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('agreement')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('status', '<>', 'terminated')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .executeTakeFirst();
}
