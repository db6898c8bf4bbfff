import type { TestApp } from '../../../../tests/support/test-app';
import { insertCooperation } from '../governance/governance-fixtures.test-helper';

let sequence = 0;

/** What a plan fixture holds: the cooperation, the plan and its indicators by name. */
export type PlanFixture = { cooperationId: string; planId: string; indicators: Record<string, string> };

/**
 * Inserts a cooperation's plan for a year directly (the plan API is built and tested on its own):
 * one goal with two quantitative indicators ("Deltagare", "Börjat arbeta") and a qualitative one.
 */
export async function insertPlan(
  t: TestApp,
  options: { cooperationId?: string; year?: number; periodKind?: 'semester' | 'year'; status?: 'draft' | 'adopted' } = {},
): Promise<PlanFixture> {
  sequence += 1;
  const db = t.database.db;
  const cooperationId = options.cooperationId ?? (await insertCooperation(t, `Samverkan om arbete ${sequence}`));
  const status = options.status ?? 'adopted';
  const plan = await db
    .insertInto('activity_plan')
    .values({
      cooperation_id: cooperationId,
      year: options.year ?? 2026,
      period_kind: options.periodKind ?? 'semester',
      summary: null,
      status,
      adopted_at: status === 'adopted' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goal = await db
    .insertInto('plan_goal')
    .values({ plan_id: plan.id, position: 1, title: 'Fler arbetslösa börjar arbeta eller studera', description: null, agenda_goal: 8 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const quantitative = (position: number, name: string, target: number) => ({
    plan_id: plan.id,
    goal_id: goal.id,
    position,
    name,
    kind: 'quantitative' as const,
    unit: 'personer',
    baseline: 100,
    target,
    direction: 'higher' as const,
    expected_result: null,
    assessment: null,
    assessment_motivation: null,
  });
  const rows = await db
    .insertInto('plan_indicator')
    .values([
      quantitative(1, 'Deltagare', 400),
      quantitative(2, 'Börjat arbeta', 120),
      {
        ...quantitative(3, 'Samverkan upplevs som meningsfull', 0),
        kind: 'qualitative',
        unit: null,
        baseline: null,
        target: null,
        direction: null,
        expected_result: 'Parterna upplever samverkan som meningsfull',
      },
    ])
    .returning(['id', 'name'])
    .execute();
  return { cooperationId, planId: plan.id, indicators: Object.fromEntries(rows.map((r) => [r.name, r.id])) };
}

/** Inserts a steering group governing the cooperation and a cluster reporting to it (003 §6–7). */
export async function insertCluster(t: TestApp, cooperationId: string, name = 'Kluster Järva'): Promise<string> {
  sequence += 1;
  const db = t.database.db;
  const steering = await db
    .insertInto('governance_body')
    .values({ type: 'steering_group', name: `Operativ styrgrupp ${sequence}`, mandate: null, reports_to_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('governance_body_cooperation').values({ body_id: steering.id, cooperation_id: cooperationId }).execute();
  const cluster = await db
    .insertInto('governance_body')
    .values({ type: 'cluster', name: `${name} ${sequence}`, mandate: null, reports_to_id: steering.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return cluster.id;
}
