import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { insertCooperation, loginNewUser } from '../governance/governance-fixtures.test-helper';
import { createPlan, filledPlan, iopWithSteeringGroup, planContent } from './plan.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
const patch = (id: string, payload: object, session: Session = officer) => t.as(session, { method: 'PATCH', url: `/api/plans/${id}`, payload });
const get = (url: string, session: Session = officer) => t.as(session, { method: 'GET', url });

describe('activity plans per cooperation and year (AGR-2)', () => {
  it('AGR-2: the 17 Agenda 2030 goals, the five the agreement names marked', async () => {
    const response = await get('/api/agenda-goals', await t.loginAs('economist'));
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { number: number; namedInAgreement: boolean; nameSv: string }[];
    expect(items.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(items.filter((g) => g.namedInAgreement).map((g) => g.number)).toEqual([1, 4, 5, 8, 10]);
    expect(items[7]!.nameSv).toBe('Anständiga arbetsvillkor och ekonomisk tillväxt');
  });

  it('AGR-2: a draft is created once per year, filled with goals and indicators of both kinds, and read back in order', async () => {
    const cooperationId = await insertCooperation(t, 'IOP om läxhjälp');
    const plan = await createPlan(t, officer, cooperationId, 2027, 'year');
    expect(plan).toMatchObject({ status: 'draft', editable: true, goals: [], decision: null, body: null });
    const twice = await t.as(officer, { method: 'POST', url: `/api/cooperations/${cooperationId}/plans`, payload: { year: 2027, periodKind: 'semester' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('plan_exists');

    const saved = await patch(plan.id, { version: plan.version, ...planContent });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json();
    expect(view).toMatchObject({ version: plan.version + 1, summary: planContent.summary, goalCount: 2, indicatorCount: 2 });
    expect(view.goals).toMatchObject([
      {
        position: 1,
        title: 'Fler deltagare börjar arbeta',
        agendaGoal: 8,
        indicators: [
          { position: 1, kind: 'quantitative', unit: 'personer', baseline: 20, target: 35, direction: 'higher', expectedResult: null, assessment: null },
          { position: 2, kind: 'qualitative', unit: null, direction: null, expectedResult: planContent.goals[0]!.indicators[1]!.expectedResult },
        ],
      },
      { position: 2, agendaGoal: 10, indicators: [] },
    ]);
    expect((await get(`/api/plans/${plan.id}`)).json()).toEqual(view);

    // Kept ids keep the indicator; a goal left out goes with its indicators; the order follows the list.
    const [first, second] = view.goals;
    const reordered = await patch(plan.id, {
      version: view.version,
      goals: [
        { id: second.id, title: second.title, agendaGoal: null, indicators: [{ ...planContent.goals[0]!.indicators[0], id: first.indicators[0].id, target: 40 }] },
      ],
    });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().goals).toMatchObject([{ id: second.id, position: 1, agendaGoal: null, indicators: [{ id: first.indicators[0].id, goalId: second.id, target: 40 }] }]);
    expect(reordered.json().summary).toBe(planContent.summary);

    const list = (await get(`/api/cooperations/${cooperationId}/plans`)).json();
    expect(list.items).toMatchObject([{ id: plan.id, year: 2027, periodKind: 'year', status: 'draft', goalCount: 1, indicatorCount: 1 }]);
  });

  it('a stale version is a conflict (409) and ids from another plan are refused (400)', async () => {
    const cooperationId = await insertCooperation(t);
    const plan = await filledPlan(t, officer, cooperationId, 2028);
    expect((await patch(plan.id, { version: plan.version - 1, summary: 'x' })).statusCode).toBe(409);
    const other = await filledPlan(t, officer, cooperationId, 2029);
    const foreign = await patch(plan.id, { version: plan.version, goals: [{ id: other.goals[0]!.id, title: 'Mål', indicators: [{ id: other.goals[0]!.indicators[0]!.id, name: 'x', kind: 'qualitative', expectedResult: 'y' }] }] });
    expect(foreign.statusCode).toBe(400);
    expect(paths(foreign)).toEqual(['goals.0.id', 'goals.0.indicators.0.id']);
  });

  it('AGR-2: qualitative indicators are assessed with a motivation only after adoption', async () => {
    const g = await iopWithSteeringGroup(t, officer);
    const plan = await filledPlan(t, officer, g.cooperationId, 2030);
    const qualitative = plan.goals[0]!.indicators.find((i) => i.kind === 'qualitative')!;
    const quantitative = plan.goals[0]!.indicators.find((i) => i.kind === 'quantitative')!;
    const assess = (indicatorId: string, version: number, payload: object = { assessment: 'partly', motivation: 'Tre av fem var nöjda' }) =>
      t.as(officer, { method: 'POST', url: `/api/plans/${plan.id}/indicators/${indicatorId}/assessment`, payload: { version, ...payload } });
    const early = await assess(qualitative.id, plan.version);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('plan_not_adopted');
    const proposed = (await t.as(officer, { method: 'POST', url: `/api/plans/${plan.id}/propose`, payload: { version: plan.version } })).json();
    await t.as(g.cityRep, { method: 'POST', url: `/api/decisions/${proposed.decision.id}/approve` });
    await t.as(g.partnerRep, { method: 'POST', url: `/api/decisions/${proposed.decision.id}/approve` });
    const adopted = (await get(`/api/plans/${plan.id}`)).json();
    expect(adopted.status).toBe('adopted');
    const noMotivation = await assess(qualitative.id, adopted.version, { assessment: 'met', motivation: ' ' });
    expect(paths(noMotivation)).toEqual(['motivation']);
    const onQuantitative = await assess(quantitative.id, adopted.version);
    expect(paths(onQuantitative)).toEqual(['assessment']);
    const done = await assess(qualitative.id, adopted.version);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().goals[0].indicators.find((i: { id: string }) => i.id === qualitative.id)).toMatchObject({ assessment: 'partly', assessmentMotivation: 'Tre av fem var nöjda' });
    expect((await assess(qualitative.id, adopted.version)).statusCode).toBe(409);
    expect((await assess(NIL, done.json().version)).statusCode).toBe(404);
  });
});

describe('who may read and write plans', () => {
  it('staff read; officers, managers and admins write; a steering member reads only the plans of a body they sit on', async () => {
    const g = await iopWithSteeringGroup(t, officer);
    const plan = await createPlan(t, officer, g.cooperationId, 2026);
    for (const role of ['manager', 'review_group', 'economist', 'admin'] as const) {
      expect((await get(`/api/plans/${plan.id}`, await t.loginAs(role))).statusCode, role).toBe(200);
    }
    const asPartnerRep = await get(`/api/plans/${plan.id}`, g.partnerRep);
    expect(asPartnerRep.statusCode).toBe(200);
    expect(asPartnerRep.json().editable).toBe(false);
    expect((await get(`/api/cooperations/${g.cooperationId}/plans`, g.partnerRep)).statusCode).toBe(200);
    const stranger = await loginNewUser(t, ['steering_member']);
    expect((await get(`/api/plans/${plan.id}`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/cooperations/${g.cooperationId}/plans`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/plans/${plan.id}`, await t.loginAs('partner'))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}` })).statusCode).toBe(401);

    for (const session of [g.partnerRep, await t.loginAs('economist'), await t.loginAs('review_group'), await t.loginAs('partner')]) {
      expect((await patch(plan.id, { version: plan.version, summary: 'x' }, session)).statusCode).toBe(403);
      expect((await t.as(session, { method: 'POST', url: `/api/cooperations/${g.cooperationId}/plans`, payload: { year: 2040, periodKind: 'year' } })).statusCode).toBe(403);
    }
    const manager = await t.loginAs('manager');
    expect((await patch(plan.id, { version: plan.version, summary: 'Av chefen' }, manager)).statusCode).toBe(200);
    const admin = await t.loginAs('admin');
    expect((await t.as(admin, { method: 'POST', url: `/api/cooperations/${g.cooperationId}/plans`, payload: { year: 2041, periodKind: 'year' } })).statusCode).toBe(201);
  });
});

describe('bad input gives 400 with field paths, never 500', () => {
  it('AGR-2: a quantitative indicator without unit and direction, a qualitative one without its expected result', async () => {
    const plan = await createPlan(t, officer, await insertCooperation(t), 2027);
    const bad = await patch(plan.id, {
      version: plan.version,
      goals: [{ title: 'Mål', indicators: [{ name: 'Antal', kind: 'quantitative' }, { name: 'Kvalitet', kind: 'qualitative', unit: 'st' }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'goals.0.indicators.0.unit', message: 'En kvantitativ indikator behöver en enhet' }),
        expect.objectContaining({ path: 'goals.0.indicators.0.direction' }),
        expect.objectContaining({ path: 'goals.0.indicators.1.expectedResult', message: 'En kvalitativ indikator behöver ett beskrivet förväntat resultat' }),
        expect.objectContaining({ path: 'goals.0.indicators.1.unit' }),
      ]),
    );
  });

  it('ids, years, kinds, Agenda goals, numbers and unknown fields', async () => {
    const cooperationId = await insertCooperation(t);
    const create = (payload: object) => t.as(officer, { method: 'POST', url: `/api/cooperations/${cooperationId}/plans`, payload });
    expect(paths(await create({ year: 1800, periodKind: 'month', extra: 1 }))).toEqual(['extra', 'periodKind', 'year']);
    expect(paths(await create({ year: 2027.5, periodKind: 'year' }))).toEqual(['year']);
    expect((await t.as(officer, { method: 'POST', url: `/api/cooperations/${NIL}/plans`, payload: { year: 2027, periodKind: 'year' } })).statusCode).toBe(404);
    expect((await get('/api/plans/x')).statusCode).toBe(400);
    expect((await get(`/api/plans/${NIL}`)).statusCode).toBe(404);
    expect((await get(`/api/cooperations/${NIL}/plans`)).statusCode).toBe(404);
    const plan = await createPlan(t, officer, cooperationId, 2027);
    const bad = await patch(plan.id, {
      version: 'ett',
      goals: [{ title: '', agendaGoal: 18, indicators: [{ name: 'x', kind: 'quantitative', unit: 'st', direction: 'up', baseline: 1e20 }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['goals.0.agendaGoal', 'goals.0.indicators.0.baseline', 'goals.0.indicators.0.direction', 'goals.0.title', 'version']);
    expect((await t.as(officer, { method: 'POST', url: `/api/plans/${plan.id}/propose`, payload: { version: plan.version } })).json()).toMatchObject({
      status: 400,
      errors: [{ path: 'goals' }],
    });
    expect((await t.as(officer, { method: 'POST', url: `/api/plans/${NIL}/propose`, payload: { version: 1 } })).statusCode).toBe(404);
  });
});
