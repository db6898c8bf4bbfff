import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { MeasurementCellView, MeasurementGridView } from '../../../shared/followup/measurement.schemas';
import { insertCluster, insertPlan } from './measurement-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
type Cell = { indicatorId: string; dimension: string | null; category: string | null; value: number | null; unknown: boolean };
type Body = { period: string; clusterId: string | null; version: number; cells: Cell[] };

const grid = (cooperationId: string, query = 'year=2026', session: Session = officer) =>
  t.as(session, { method: 'GET', url: `/api/cooperations/${cooperationId}/measurements?${query}` });
const save = (cooperationId: string, payload: Partial<Body> | Record<string, unknown>, session: Session = officer) =>
  t.as(session, { method: 'PUT', url: `/api/cooperations/${cooperationId}/measurements`, payload: { period: '2026-H1', clusterId: null, version: 0, cells: [], ...payload } });
const v = (indicatorId: string, value: number | null, dimension: string | null = null, category: string | null = null): Cell => ({
  indicatorId,
  dimension,
  category,
  value,
  unknown: value === null,
});
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
const entered = (view: MeasurementGridView, period: string) =>
  view.cells.filter((c) => c.period === period && c.state !== 'not_entered').map(({ indicatorId, dimension, category, state, value }) => ({ indicatorId, dimension, category, state, value }));

/** A complete, valid first semester of the "Deltagare" indicator, with one unknown target group. */
function firstSemester(id: string): Cell[] {
  return [
    v(id, 40),
    v(id, 22, 'gender', 'women'),
    v(id, 17, 'gender', 'men'),
    v(id, 1, 'gender', 'other'),
    v(id, 12, 'target_group', 'newly_arrived_establishment'),
    v(id, 30, 'target_group', 'youth_16_29'),
    v(id, null, 'target_group', 'disability'),
  ];
}

describe('the measurement grid of a cooperation and year (AGR-6)', () => {
  it('AGR-6: every quantitative indicator × period × breakdown, not entered until saved, with target and baseline', async () => {
    const p = await insertPlan(t);
    const response = await grid(p.cooperationId);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as MeasurementGridView;
    expect(view).toMatchObject({ plan: { id: p.planId, status: 'adopted', periodKind: 'semester' }, writable: true, periods: ['2026-H1', '2026-H2'], clusters: [] });
    expect(view.indicators.map((i) => [i.name, i.target, i.baseline, i.direction])).toEqual([
      ['Deltagare', 400, 100, 'higher'],
      ['Börjat arbeta', 120, 100, 'higher'],
    ]);
    expect(view.categories.map((c) => `${c.dimension}.${c.code}`)).toEqual([
      'gender.women',
      'gender.men',
      'gender.other',
      'target_group.newly_arrived_establishment',
      'target_group.newly_arrived_other',
      'target_group.youth_16_29',
      'target_group.disability',
    ]);
    // 2 indicators × 2 periods × (total + 7 categories)
    expect(view.cells).toHaveLength(32);
    expect(new Set(view.cells.map((c) => c.state))).toEqual(new Set(['not_entered']));
    expect(view.sheets).toEqual([
      { period: '2026-H1', version: 0, updatedAt: null, updatedBy: null },
      { period: '2026-H2', version: 0, updatedAt: null, updatedBy: null },
    ]);
  });

  it('AGR-6: a valid grid is stored and reads back identically, unknown staying unknown (not 0)', async () => {
    const p = await insertPlan(t);
    const id = p.indicators.Deltagare!;
    const cells = [...firstSemester(id), v(p.indicators['Börjat arbeta']!, null)];
    const saved = await save(p.cooperationId, { cells });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = (await grid(p.cooperationId)).json() as MeasurementGridView;
    expect(saved.json()).toEqual(view);
    const expected = cells.map((c) => ({ indicatorId: c.indicatorId, dimension: c.dimension, category: c.category, state: c.unknown ? 'unknown' : 'value', value: c.value }));
    const sortKey = (c: { indicatorId: string; dimension: string | null; category: string | null }) => `${c.indicatorId}${c.dimension}${c.category}`;
    expect(entered(view, '2026-H1').sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(expected.sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
    expect(entered(view, '2026-H2')).toEqual([]);
    expect(view.sheets[0]).toMatchObject({ period: '2026-H1', version: 1, updatedBy: { id: officer.userId } });
    const unknown = await t.database.db.selectFrom('measurement_cell').select(['value', 'unknown']).where('indicator_id', '=', p.indicators['Börjat arbeta']!).execute();
    expect(unknown).toEqual([{ value: null, unknown: true }]);
    const sheet = await t.database.db.selectFrom('measurement_sheet').select('id').where('plan_id', '=', p.planId).executeTakeFirstOrThrow();
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', sheet.id).execute();
    expect(audit).toEqual([{ action: 'measurement.saved', entity_type: 'measurement_sheet' }]);
  });

  it('AGR-6: a breakdown exceeding its total is a 400 naming the cell (indicator, period, breakdown); nothing is stored', async () => {
    const p = await insertPlan(t);
    const id = p.indicators.Deltagare!;
    const response = await save(p.cooperationId, { cells: [v(id, 10), v(id, 11, 'target_group', 'youth_16_29')] });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.errors).toEqual([{ path: 'cells.1.value', message: 'Delvärdet är större än totalen', requirement: 'AGR-6' }]);
    expect(problem.cells).toEqual([
      { path: 'cells.1.value', indicatorId: id, indicatorName: 'Deltagare', period: '2026-H1', clusterId: null, breakdown: 'target_group.youth_16_29', rule: 'exceeds_total', total: 10, value: 11 },
    ]);
    const rows = await t.database.db.selectFrom('measurement_sheet').select('id').where('plan_id', '=', p.planId).execute();
    expect(rows).toEqual([]);
  });

  it('AGR-6: gender parts that do not add up to the total are a 400 naming the total; overlapping target groups are fine', async () => {
    const p = await insertPlan(t);
    const id = p.indicators.Deltagare!;
    const cells = [v(id, 10), v(id, 5, 'gender', 'women'), v(id, 4, 'gender', 'men'), v(id, 0, 'gender', 'other'), v(id, 9, 'target_group', 'youth_16_29'), v(id, 8, 'target_group', 'disability')];
    const response = await save(p.cooperationId, { cells });
    expect(response.statusCode).toBe(400);
    expect(paths(response)).toEqual(['cells.0.value']);
    expect(response.json().cells).toMatchObject([{ indicatorId: id, period: '2026-H1', breakdown: 'total', rule: 'gender_sum', total: 10, value: 9 }]);
    cells[3] = v(id, null, 'gender', 'other');
    expect((await save(p.cooperationId, { cells })).statusCode).toBe(200);
  });

  it('AGR-6: a save replaces the period at the version read; a stale version is 409; cells left out become not entered', async () => {
    const p = await insertPlan(t);
    const id = p.indicators.Deltagare!;
    expect((await save(p.cooperationId, { cells: firstSemester(id) })).statusCode).toBe(200);
    expect((await save(p.cooperationId, { cells: [v(id, 1)] })).statusCode).toBe(409);
    expect((await save(p.cooperationId, { version: 2, cells: [v(id, 1)] })).statusCode).toBe(409);
    const again = await save(p.cooperationId, { version: 1, cells: [v(id, 41)] });
    expect(again.statusCode, again.body).toBe(200);
    const view = again.json() as MeasurementGridView;
    expect(entered(view, '2026-H1')).toEqual([{ indicatorId: id, dimension: null, category: null, state: 'value', value: 41 }]);
    expect(view.sheets[0]!.version).toBe(2);
    const concurrent = await Promise.all([save(p.cooperationId, { period: '2026-H2', cells: [v(id, 3)] }), save(p.cooperationId, { period: '2026-H2', cells: [v(id, 4)] })]);
    expect(concurrent.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('AGR-6: each value shows the previous period: the first semester’s is last year’s second, matched by indicator name', async () => {
    const last = await insertPlan(t, { year: 2025 });
    const p = await insertPlan(t, { cooperationId: last.cooperationId });
    const lastYear = await save(p.cooperationId, { period: '2025-H2', cells: [v(last.indicators.Deltagare!, 35), v(last.indicators['Börjat arbeta']!, null)] });
    expect(lastYear.statusCode, lastYear.body).toBe(200);
    await save(p.cooperationId, { period: '2026-H1', cells: [v(p.indicators.Deltagare!, 40)] });
    const view = (await grid(p.cooperationId)).json() as MeasurementGridView;
    const total = (name: string, period: string) => view.cells.find((c) => c.indicatorId === p.indicators[name] && c.period === period && c.dimension === null) as MeasurementCellView;
    expect(total('Deltagare', '2026-H1').previous).toEqual({ period: '2025-H2', state: 'value', value: 35 });
    expect(total('Börjat arbeta', '2026-H1').previous).toEqual({ period: '2025-H2', state: 'unknown', value: null });
    expect(total('Deltagare', '2026-H2').previous).toEqual({ period: '2026-H1', state: 'value', value: 40 });
    const first = await insertPlan(t, { year: 2030, periodKind: 'year' });
    const yearly = (await grid(first.cooperationId, 'year=2030')).json() as MeasurementGridView;
    expect(yearly.periods).toEqual(['2030']);
    expect(yearly.cells.every((c) => c.previous === null)).toBe(true);
  });

  it('AGR-6: measurements need the year’s adopted plan (409 otherwise) and a period of that plan', async () => {
    const draft = await insertPlan(t, { status: 'draft' });
    const view = (await grid(draft.cooperationId)).json();
    expect(view).toMatchObject({ plan: { status: 'draft' }, writable: false });
    const refused = await save(draft.cooperationId, { cells: [v(draft.indicators.Deltagare!, 1)] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('plan_not_adopted');
    expect((await save(draft.cooperationId, { period: '2027-H1' })).statusCode).toBe(409);
    expect((await grid(draft.cooperationId, 'year=2027')).json()).toMatchObject({ plan: null, writable: false, cells: [] });
    const p = await insertPlan(t);
    const wrong = await save(p.cooperationId, { period: '2026', cells: [] });
    expect(wrong.statusCode).toBe(400);
    expect(paths(wrong)).toEqual(['period']);
    const notMeasured = await save(p.cooperationId, { cells: [v(p.indicators['Samverkan upplevs som meningsfull']!, 1), v(draft.indicators.Deltagare!, 1)] });
    expect(paths(notMeasured)).toEqual(['cells.0.indicatorId', 'cells.1.indicatorId']);
    const duplicate = await save(p.cooperationId, { cells: [v(p.indicators.Deltagare!, 1), v(p.indicators.Deltagare!, 2)] });
    expect(paths(duplicate)).toEqual(['cells.1']);
    const unknownCategory = await save(p.cooperationId, { cells: [v(p.indicators.Deltagare!, 1, 'gender', 'nonbinary')] });
    expect(paths(unknownCategory)).toEqual(['cells.0.category']);
  });
});

describe('measurements per cluster of the agreement with Arbetsförmedlingen (AGR-6, 003 §7.1)', () => {
  it('AGR-6: a cluster has its own cells, with the focus groups as further breakdowns', async () => {
    const p = await insertPlan(t);
    const clusterId = await insertCluster(t, p.cooperationId);
    const id = p.indicators.Deltagare!;
    const view = (await grid(p.cooperationId, `year=2026&clusterId=${clusterId}`)).json() as MeasurementGridView;
    expect(view.clusters.map((c) => c.id)).toEqual([clusterId]);
    expect(view.categories.filter((c) => c.dimension === 'focus_group').map((c) => c.code)).toEqual(['long_term_unemployed', 'no_upper_secondary']);
    const focus = v(id, 8, 'focus_group', 'long_term_unemployed');
    const inCluster = await save(p.cooperationId, { clusterId, cells: [v(id, 10), focus] });
    expect(inCluster.statusCode, inCluster.body).toBe(200);
    expect(entered(inCluster.json(), '2026-H1')).toHaveLength(2);
    expect(entered((await grid(p.cooperationId)).json(), '2026-H1')).toEqual([]);
    expect(paths(await save(p.cooperationId, { cells: [v(id, 10), focus] }))).toEqual(['cells.1.category']);
    const exceeding = await save(p.cooperationId, { clusterId, version: 1, cells: [v(id, 10), { ...focus, value: 11 }] });
    expect(exceeding.json().cells).toMatchObject([{ clusterId, breakdown: 'focus_group.long_term_unemployed', period: '2026-H1' }]);
    const other = await insertPlan(t);
    const foreign = await insertCluster(t, other.cooperationId);
    expect(paths(await save(p.cooperationId, { clusterId: foreign }))).toEqual(['clusterId']);
    expect(paths(await grid(p.cooperationId, `year=2026&clusterId=${foreign}`))).toEqual(['clusterId']);
  });
});

describe('who may read and save measurements (AGR-6)', () => {
  it('staff read; officers, managers and admins save; others are refused', async () => {
    const p = await insertPlan(t);
    const id = p.indicators.Deltagare!;
    for (const role of ['officer', 'manager', 'review_group', 'economist', 'admin'] as const) {
      expect((await grid(p.cooperationId, 'year=2026', await t.loginAs(role))).statusCode, role).toBe(200);
    }
    for (const role of ['steering_member', 'partner'] as const) {
      const session = await t.loginAs(role);
      expect((await grid(p.cooperationId, 'year=2026', session)).statusCode, role).toBe(403);
      expect((await save(p.cooperationId, { cells: [v(id, 1)] }, session)).statusCode, role).toBe(403);
    }
    for (const role of ['review_group', 'economist'] as const) {
      expect((await save(p.cooperationId, { cells: [v(id, 1)] }, await t.loginAs(role))).statusCode, role).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/cooperations/${p.cooperationId}/measurements?year=2026` })).statusCode).toBe(401);
    let version = 0;
    for (const role of ['officer', 'manager', 'admin'] as const) {
      const response = await save(p.cooperationId, { version, cells: [v(id, version + 1)] }, await t.loginAs(role));
      expect(response.statusCode, role).toBe(200);
      version += 1;
    }
  });
});

describe('bad input gives 400 with field paths, never 500', () => {
  it('ids, year, period, values and unknown fields', async () => {
    const p = await insertPlan(t);
    const id = p.indicators.Deltagare!;
    for (const query of ['year=abc', 'year=1800', 'year=2026.5', '']) {
      const bad = await grid(p.cooperationId, query);
      expect(bad.statusCode, query).toBe(400);
      expect(paths(bad)).toEqual(['query.year']);
    }
    expect((await grid(p.cooperationId, 'year=2026&clusterId=x')).statusCode).toBe(400);
    expect((await grid(p.cooperationId, 'year=2026&extra=1')).statusCode).toBe(400);
    expect((await grid('x')).statusCode).toBe(400);
    expect((await grid(NIL)).statusCode).toBe(404);
    expect((await save(NIL, {})).statusCode).toBe(404);
    for (const period of ['2026-H3', '26', 'H1-2026', '']) expect(paths(await save(p.cooperationId, { period })), period).toEqual(['period']);
    const bad = await save(p.cooperationId, {
      version: -1,
      extra: true,
      cells: [
        { ...v(id, -1) },
        { ...v(id, 5), unknown: true },
        { ...v(id, null), unknown: false },
        { ...v(id, 1), dimension: 'gender', category: null },
        { ...v(id, 1), dimension: 'age', category: 'x' },
        { ...v(id, 1), person: 'Anna' },
        { ...v(id, 1e13) },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual([
      'cells.0.value',
      'cells.1.value',
      'cells.2.value',
      'cells.3.category',
      'cells.4.dimension',
      'cells.5.person',
      'cells.6.value',
      'extra',
      'version',
    ]);
  });
});
