import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { createBody, insertCooperation, jointSteeringGroup, loginNewUser } from './governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
type Task = { id: string; kind: string; dueOn: string; status: string; version: number; annex: unknown; note: string | null };
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();

/** A steering group of a partner and the city, governing an IOP cooperation (IOP-6, IOP-7). */
async function iopSteeringGroup() {
  const g = await jointSteeringGroup(t, officer);
  const cooperationId = await insertCooperation(t, 'IOP om språkcaféer');
  const linked = await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${g.body.id}`, payload: { version: g.body.version, cooperationIds: [cooperationId] } });
  expect(linked.statusCode, linked.body).toBe(200);
  return { ...g, cooperationId };
}

async function createAgreement(cooperationId: string) {
  const response = await t.as(officer, { method: 'POST', url: '/api/agreements', payload: { title: 'Avtal om språkcaféer', cooperationId } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

const cycle = (bodyId: string, year: number | string, session: Session = officer) =>
  t.as(session, { method: 'GET', url: `/api/governance-bodies/${bodyId}/cycle?year=${year}` });
const complete = (taskId: string, payload: Record<string, unknown>, session: Session = officer) =>
  t.as(session, { method: 'POST', url: `/api/cycle-tasks/${taskId}/complete`, payload });
const taskOf = async (bodyId: string, year: number, kind: string): Promise<Task> =>
  (await cycle(bodyId, year)).json().tasks.find((x: Task) => x.kind === kind);

describe('the annual cycle of an IOP steering group (IOP-7)', () => {
  it('IOP-7: a year has a spring follow-up and an autumn plan, created once however often it is read', async () => {
    const g = await iopSteeringGroup();
    const reads = await Promise.all([cycle(g.body.id, 2100, g.partnerRep), cycle(g.body.id, 2100), cycle(g.body.id, 2100)]);
    for (const r of reads) expect(r.statusCode, r.body).toBe(200);
    const view = reads[0]!.json();
    expect(view).toMatchObject({ bodyId: g.body.id, year: 2100, applies: true, agreement: null });
    expect(view.tasks.map((x: Task) => [x.kind, x.dueOn, x.status])).toEqual([
      ['follow_up', '2100-06-30', 'open'],
      ['plan_next_year', '2100-11-30', 'open'],
    ]);
    const rows = await t.database.db.selectFrom('governance_cycle_task').select('id').where('body_id', '=', g.body.id).execute();
    expect(rows).toHaveLength(2);
    expect((await cycle(g.body.id, 2100)).json().tasks.map((x: Task) => x.id)).toEqual(view.tasks.map((x: Task) => x.id));
  });

  it('IOP-7: open tasks past their due date are overdue; the current year is the default', async () => {
    const g = await iopSteeringGroup();
    expect((await cycle(g.body.id, 2020)).json().tasks.map((x: Task) => x.status)).toEqual(['overdue', 'overdue']);
    const current = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}/cycle` })).json();
    expect(current.year).toBe(new Date().getFullYear());
  });

  it('IOP-7: bodies without an IOP or that are not steering groups keep no cycle', async () => {
    const plain = await createBody(t, officer);
    const cooperationId = await insertCooperation(t);
    const working = await createBody(t, officer, { type: 'working_group', cooperationIds: [cooperationId] });
    for (const id of [plain.id, working.id]) {
      expect((await cycle(id, 2026)).json()).toMatchObject({ applies: false, tasks: [] });
    }
    const rows = await t.database.db.selectFrom('governance_cycle_task').select('id').where('body_id', 'in', [plain.id, working.id]).execute();
    expect(rows).toHaveLength(0);
  });

  it('IOP-7: the follow-up is completed with a note on goal fulfilment and economic outcome, at the version read', async () => {
    const g = await iopSteeringGroup();
    const task = await taskOf(g.body.id, 2026, 'follow_up');
    const missing = await complete(task.id, { version: task.version });
    expect(missing.statusCode).toBe(400);
    expect(paths(missing)).toEqual(['note']);
    const note = 'Målen för 2025 uppfylldes till största delen; budgeten hölls.';
    const done = await complete(task.id, { version: task.version, note });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', note, annex: null, doneBy: { id: officer.userId }, version: task.version + 1 });
    expect((await complete(task.id, { version: task.version, note: 'igen' })).statusCode).toBe(409);
    expect((await complete(task.id, { version: task.version + 1, note: 'igen' })).statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', task.id).execute();
    expect(audit).toEqual([{ action: 'governance-cycle-task.completed', entity_type: 'governance_cycle_task' }]);
  });

  it('IOP-7: the autumn plan task is completed by adopting the structured plan, not by hand (409 pointing to the plan)', async () => {
    // Adoption by joint decision and the annex it writes are tested in followup/plan-adoption.test.ts.
    const g = await iopSteeringGroup();
    await createAgreement(g.cooperationId);
    const task = await taskOf(g.body.id, 2026, 'plan_next_year');
    const plan = { version: task.version, decisionReference: 'Styrgruppen 2026-11-12 § 4', decidedOn: '2026-11-12', planText: 'Mål, indikatorer, budget och utvecklingsområden för 2027' };
    const manual = await complete(task.id, plan);
    expect(manual.statusCode).toBe(409);
    expect(manual.json()).toMatchObject({ code: 'cycle_task_by_plan', requirement: 'IOP-7' });
    expect(await taskOf(g.body.id, 2026, 'plan_next_year')).toMatchObject({ doneAt: null, annex: null, version: task.version });
  });

  it('a closed body’s tasks cannot be completed', async () => {
    const g = await iopSteeringGroup();
    const task = await taskOf(g.body.id, 2026, 'follow_up');
    const body = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).json();
    await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${g.body.id}`, payload: { version: body.version, status: 'closed' } });
    expect((await complete(task.id, { version: task.version, note: 'Klart' })).statusCode).toBe(409);
  });
});

describe('who may read and complete the cycle (IOP-7)', () => {
  it('members of the body and staff read; writers complete; other steering members and outsiders are refused', async () => {
    const g = await iopSteeringGroup();
    const task = await taskOf(g.body.id, 2026, 'follow_up');
    expect((await cycle(g.body.id, 2026, g.partnerRep)).statusCode).toBe(200);
    expect((await cycle(g.body.id, 2026, await t.loginAs('economist'))).statusCode).toBe(200);
    const stranger = await loginNewUser(t, ['steering_member']);
    expect((await cycle(g.body.id, 2026, stranger)).statusCode).toBe(404);
    expect((await cycle(g.body.id, 2026, await t.loginAs('partner'))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/governance-bodies/${g.body.id}/cycle` })).statusCode).toBe(401);
    for (const session of [g.partnerRep, await t.loginAs('economist'), await t.loginAs('review_group')]) {
      expect((await complete(task.id, { version: task.version, note: 'x' }, session)).statusCode).toBe(403);
    }
    expect((await complete(task.id, { version: task.version, note: 'Uppföljt' }, await t.loginAs('manager'))).statusCode).toBe(200);
  });
});

describe('bad input gives 400 with field paths, never 500', () => {
  it('year, ids, unknown fields and unknown tasks', async () => {
    const g = await iopSteeringGroup();
    for (const year of ['abc', '1800', '2026.5']) {
      const bad = await cycle(g.body.id, year);
      expect(bad.statusCode, year).toBe(400);
      expect(paths(bad)).toEqual(['query.year']);
    }
    expect((await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}/cycle?yr=2026` })).statusCode).toBe(400);
    expect((await cycle('x', 2026)).statusCode).toBe(400);
    expect((await cycle(NIL, 2026)).statusCode).toBe(404);
    expect((await complete('x', { version: 1 })).statusCode).toBe(400);
    expect((await complete(NIL, { version: 1, note: 'x' })).statusCode).toBe(404);
    const task = await taskOf(g.body.id, 2026, 'plan_next_year');
    const bad = await complete(task.id, { version: 'ett', decidedOn: '2026-13-01', extra: true });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['decidedOn', 'extra', 'version']);
  });
});
