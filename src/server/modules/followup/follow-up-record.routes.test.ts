import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpsMatrix } from '../../../../tests/support/authorization-matrix.follow-ups';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { agreementGovernance, followUpPayload } from './follow-up-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
type Problem = { errors?: { path: string; requirement?: string }[]; requirement?: string; title: string };
const paths = (response: { json: () => Problem }) => (response.json().errors ?? []).map((e) => e.path).sort();
const record = (cooperationId: string, payload: Record<string, unknown>, session = officer) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${cooperationId}/follow-up-records`, payload });
const edit = (id: string, payload: Record<string, unknown>, session = officer) => t.as(session, { method: 'PATCH', url: `/api/follow-up-records/${id}`, payload });

describe('follow-up access', () => {
  for (const [route, allowed] of Object.entries(followUpsMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL) + (url.endsWith('follow-up-plan') ? '?year=2026' : '');
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }
});

describe('follow-ups as records (AGR-5)', () => {
  it('AGR-5: the operative follow-up is recorded per semester, once; a second for the same period is a 409 with a clear message', async () => {
    const g = await agreementGovernance(t, officer);
    const wrongPeriod = await record(g.cooperationId, followUpPayload('operative_semester', '2026', g.operative.id));
    expect(wrongPeriod.statusCode).toBe(400);
    expect(wrongPeriod.json().errors).toEqual([expect.objectContaining({ path: 'period', requirement: 'AGR-5' })]);
    const created = await record(g.cooperationId, followUpPayload('operative_semester', '2026-H1', g.operative.id));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'operative_semester',
      period: '2026-H1',
      body: { id: g.operative.id, type: 'operative_steering_group' },
      deviations: 'Arbetsgivarsamverkan försenad en månad.',
      recordedBy: { id: officer.userId },
      template: null,
      answers: [],
      version: 1,
    });
    const again = await record(g.cooperationId, followUpPayload('operative_semester', '2026-H1', g.operative.id));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ title: 'Uppföljningen för den här perioden finns redan; öppna den och ändra den i stället', requirement: 'AGR-5' });
    expect((await record(g.cooperationId, followUpPayload('operative_semester', '2026-H2', g.operative.id))).statusCode).toBe(201);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.json().id).execute();
    expect(audit.map((a) => a.action)).toEqual(['follow-up-record.recorded']);
  });

  it('AGR-5: each kind is held by its own body of the cooperation', async () => {
    const g = await agreementGovernance(t, officer);
    const byCluster = await record(g.cooperationId, followUpPayload('strategic_yearly', '2026', g.clusterA.id));
    expect(byCluster.statusCode).toBe(400);
    expect(paths(byCluster)).toEqual(['bodyId']);
    const other = await agreementGovernance(t, officer);
    expect(paths(await record(g.cooperationId, followUpPayload('strategic_yearly', '2026', other.strategic.id)))).toEqual(['bodyId']);
    const meetingOfOther = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${g.operative.id}/meetings`, payload: { meetingDate: '2026-03-01' } });
    expect(meetingOfOther.statusCode, meetingOfOther.body).toBe(201);
    const wrongMeeting = await record(g.cooperationId, followUpPayload('strategic_yearly', '2026', g.strategic.id, { meetingId: meetingOfOther.json().id }));
    expect(paths(wrongMeeting)).toEqual(['meetingId']);
    const answersNotExpected = await record(g.cooperationId, followUpPayload('strategic_yearly', '2026', g.strategic.id, { answers: [{ questionId: NIL, answer: 'yes' }] }));
    expect(paths(answersNotExpected)).toEqual(['answers']);
  });

  it('AGR-5: editing checks the version; the list shows period and kind, newest period first', async () => {
    const g = await agreementGovernance(t, officer);
    const created = (await record(g.cooperationId, followUpPayload('strategic_yearly', '2025', g.strategic.id))).json();
    const changed = await edit(created.id, { version: created.version, conclusion: 'Revidera överenskommelsen inför 2026.', deviations: '' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ conclusion: 'Revidera överenskommelsen inför 2026.', deviations: null, version: 2, period: '2025' });
    expect((await edit(created.id, { version: created.version, conclusion: 'Gammal' })).statusCode).toBe(409);
    expect((await edit(created.id, { version: 2, kind: 'iop_yearly' })).statusCode).toBe(400);
    await record(g.cooperationId, followUpPayload('operative_semester', '2026-H1', g.operative.id));
    const list = (await t.as(sessions.get('review_group')!, { method: 'GET', url: `/api/cooperations/${g.cooperationId}/follow-up-records` })).json();
    expect(list.items.map((i: { kind: string; period: string }) => [i.kind, i.period])).toEqual([
      ['operative_semester', '2026-H1'],
      ['strategic_yearly', '2025'],
    ]);
    expect(list.bodies.map((b: { type: string }) => b.type)).toContain('review_group');
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['follow-up-record.recorded', 'follow-up-record.updated']);
  });

  it('AGR-5: the agreement shows its latest strategic follow-up, the basis for its revision', async () => {
    const g = await agreementGovernance(t, officer);
    const agreement = (await t.as(officer, { method: 'POST', url: '/api/agreements', payload: { title: 'Överenskommelse', cooperationId: g.cooperationId } })).json();
    const url = `/api/agreements/${agreement.id}/strategic-follow-up`;
    expect((await t.as(officer, { method: 'GET', url })).json()).toEqual({ agreementId: agreement.id, cooperationId: g.cooperationId, record: null });
    await record(g.cooperationId, followUpPayload('strategic_yearly', '2024', g.strategic.id, { heldOn: '2025-02-01' }));
    const latest = (await record(g.cooperationId, followUpPayload('strategic_yearly', '2025', g.strategic.id, { heldOn: '2026-02-01' }))).json();
    await record(g.cooperationId, followUpPayload('operative_semester', '2026-H1', g.operative.id, { heldOn: '2026-06-20' }));
    expect((await t.as(officer, { method: 'GET', url })).json().record).toMatchObject({ id: latest.id, kind: 'strategic_yearly', period: '2025' });
  });

  it('AGR-5, IOP-7: a follow-up shows the indicators of the cooperation’s activity plan for its year as context', async () => {
    const g = await agreementGovernance(t, officer);
    const db = t.database.db;
    const plan = await db.insertInto('activity_plan').values({ cooperation_id: g.cooperationId, year: 2026, period_kind: 'semester' }).returning('id').executeTakeFirstOrThrow();
    const goal = await db.insertInto('plan_goal').values({ plan_id: plan.id, position: 1, title: 'Fler börjar arbeta', agenda_goal: 8 }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('plan_indicator')
      .values({ plan_id: plan.id, goal_id: goal.id, position: 1, name: 'Andel som börjar arbeta', kind: 'quantitative', unit: '%', baseline: 20, target: 25, direction: 'higher' })
      .execute();
    const created = (await record(g.cooperationId, followUpPayload('operative_semester', '2026-H1', g.operative.id))).json();
    expect(created.plan).toMatchObject({ year: 2026, plan: { id: plan.id, status: 'draft' }, indicators: [{ goal: 'Fler börjar arbeta', name: 'Andel som börjar arbeta', target: 25 }] });
    const none = await t.as(officer, { method: 'GET', url: `/api/cooperations/${g.cooperationId}/follow-up-plan?year=2024` });
    expect(none.json()).toEqual({ year: 2024, plan: null, indicators: [] });
  });
});

describe('the IOP steering group’s yearly follow-up (IOP-7)', () => {
  const cycle = (bodyId: string, year: number) => t.as(officer, { method: 'GET', url: `/api/governance-bodies/${bodyId}/cycle?year=${year}` });
  const followUpTask = async (bodyId: string, year: number) =>
    (await cycle(bodyId, year)).json().tasks.find((x: { kind: string }) => x.kind === 'follow_up') as { id: string; status: string; note: string | null };

  it('IOP-7: recording the yearly follow-up of 2025 completes the spring follow-up task of 2026 in the same transaction', async () => {
    const g = await agreementGovernance(t, officer);
    expect((await followUpTask(g.iopGroup.id, 2026)).status).not.toBe('done');
    const semester = await record(g.cooperationId, followUpPayload('iop_yearly', '2025-H1', g.iopGroup.id));
    expect(semester.json().errors).toEqual([expect.objectContaining({ path: 'period', requirement: 'IOP-7' })]);
    const created = await record(g.cooperationId, followUpPayload('iop_yearly', '2025', g.iopGroup.id));
    expect(created.statusCode, created.body).toBe(201);
    const task = await followUpTask(g.iopGroup.id, 2026);
    expect(task).toMatchObject({ status: 'done', note: 'Samverkan fungerar; arbetsgivarsamverkan prioriteras.' });
    expect(created.json().cycleTask).toEqual({ id: task.id, cycleYear: 2026 });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', task.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['governance-cycle-task.completed']);
  });

  it('IOP-7: when the task cannot be completed, the follow-up is not recorded either', async () => {
    const g = await agreementGovernance(t, officer);
    await followUpTask(g.iopGroup.id, 2027);
    const db = t.database.db;
    // A trigger that refuses the task's completion stands for any failure inside the transaction.
    await sql`CREATE FUNCTION refuse_cycle_task() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '22023'; END $$`.execute(db);
    await sql`CREATE TRIGGER refuse_cycle_task BEFORE UPDATE ON governance_cycle_task FOR EACH ROW EXECUTE FUNCTION refuse_cycle_task()`.execute(db);
    try {
      const refused = await record(g.cooperationId, followUpPayload('iop_yearly', '2026', g.iopGroup.id));
      expect(refused.statusCode).toBe(400);
    } finally {
      await sql`DROP TRIGGER refuse_cycle_task ON governance_cycle_task`.execute(db);
      await sql`DROP FUNCTION refuse_cycle_task()`.execute(db);
    }
    const rows = await db.selectFrom('follow_up_record').select('id').where('cooperation_id', '=', g.cooperationId).execute();
    expect(rows).toEqual([]);
    expect((await followUpTask(g.iopGroup.id, 2027)).status).not.toBe('done');
    expect((await record(g.cooperationId, followUpPayload('iop_yearly', '2026', g.iopGroup.id))).statusCode).toBe(201);
    expect((await followUpTask(g.iopGroup.id, 2027)).status).toBe('done');
  });

  it('IOP-7: the steering group’s yearly follow-up applies to an IOP only', async () => {
    const g = await agreementGovernance(t, officer);
    await t.database.db.updateTable('cooperation').set({ form: 'lou' }).where('id', '=', g.cooperationId).execute();
    const refused = await record(g.cooperationId, followUpPayload('iop_yearly', '2025', g.iopGroup.id));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'kind', requirement: 'IOP-7' })]);
  });
});

describe('the internal review group’s yearly follow-up links to the latest follow-up record (INI-7)', () => {
  it('INI-7: the review group’s follow-up and its due list show the cooperation’s latest follow-up record', async () => {
    const g = await agreementGovernance(t, officer);
    await t.database.db.updateTable('cooperation').set({ status: 'active', start_date: '2020-01-01' }).where('id', '=', g.cooperationId).execute();
    const reviewer = sessions.get('review_group')!;
    await record(g.cooperationId, followUpPayload('strategic_yearly', '2025', g.strategic.id, { heldOn: '2026-02-01' }));
    const latest = (await record(g.cooperationId, followUpPayload('operative_semester', '2026-H1', g.operative.id, { heldOn: '2026-06-20' }))).json();
    const due = (await t.as(reviewer, { method: 'GET', url: '/api/review-follow-ups/due?limit=200' })).json();
    const entry = due.items.find((i: { cooperation: { id: string } }) => i.cooperation.id === g.cooperationId);
    expect(entry.latestFollowUpRecord).toEqual({ id: latest.id, kind: 'operative_semester', period: '2026-H1', heldOn: '2026-06-20' });
    const meeting = (await t.as(reviewer, { method: 'POST', url: '/api/review-meetings', payload: { meetingDate: '2026-09-01' } })).json();
    const detail = await t.as(reviewer, {
      method: 'POST',
      url: `/api/review-meetings/${meeting.id}/follow-ups`,
      payload: { cooperationId: g.cooperationId, assessment: 'Löper enligt plan.' },
    });
    expect(detail.statusCode, detail.body).toBe(201);
    expect(detail.json().followUps[0].latestFollowUpRecord).toMatchObject({ id: latest.id, period: '2026-H1' });
  });
});

describe('bad input gives 400 with field paths, never 500', () => {
  it('periods, kinds, ids, dates, empty texts and unknown fields', async () => {
    const g = await agreementGovernance(t, officer);
    const bad = await record(g.cooperationId, { kind: 'monthly', period: '2026-Q1', bodyId: 'x', heldOn: '2026-02-30', participants: ' ', conclusion: '', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['bodyId', 'conclusion', 'extra', 'heldOn', 'kind', 'participants', 'period']);
    expect((await record(NIL, followUpPayload('strategic_yearly', '2026', g.strategic.id))).statusCode).toBe(404);
    expect((await record('x', {})).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/follow-up-records/${NIL}` })).statusCode).toBe(404);
    expect((await edit(NIL, { version: 1 })).statusCode).toBe(404);
    expect((await edit(NIL, { version: -1 })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/${g.cooperationId}/follow-up-plan?year=20x6` })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/agreements/${NIL}/strategic-follow-up` })).statusCode).toBe(404);
  });
});
