import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { ClusterProgressionView } from '../../../shared/followup/measurement-progression.schemas';
import { insertCluster, insertPlan } from './measurement-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const progression = (cooperationId: string, year: number | string = 2026, session: Session = officer) =>
  t.as(session, { method: 'GET', url: `/api/cooperations/${cooperationId}/cluster-progression?year=${year}` });
const saveMapping = (cooperationId: string, clusterId: string, payload: Record<string, unknown>, session: Session = officer) =>
  t.as(session, {
    method: 'PUT',
    url: `/api/cooperations/${cooperationId}/clusters/${clusterId}/mapping`,
    payload: {
      year: 2026,
      version: 0,
      unemployed: null,
      unemployedWomen: null,
      unemployedMen: null,
      description: null,
      participantsIndicatorId: null,
      startedWorkIndicatorId: null,
      startedStudiesIndicatorId: null,
      ...payload,
    },
  });
const total = (indicatorId: string, value: number | null) => ({ indicatorId, dimension: null, category: null, value, unknown: value === null });
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();

describe('cluster progression against the local mapping of unemployment (AGR-6, 003 §7.1)', () => {
  it('AGR-6: throughput and the shares who start work and studies come from the cluster’s measurements', async () => {
    const p = await insertPlan(t);
    const clusterId = await insertCluster(t, p.cooperationId);
    const participants = p.indicators.Deltagare!;
    const work = p.indicators['Börjat arbeta']!;
    const empty = (await progression(p.cooperationId)).json() as ClusterProgressionView;
    expect(empty.clusters).toMatchObject([{ cluster: { id: clusterId }, mapping: null, version: 0, progression: { throughput: null, complete: false } }]);
    for (const [period, values] of [['2026-H1', [120, 30]], ['2026-H2', [80, 20]]] as const) {
      const saved = await t.as(officer, {
        method: 'PUT',
        url: `/api/cooperations/${p.cooperationId}/measurements`,
        payload: { period, clusterId, version: 0, cells: [total(participants, values[0]), total(work, values[1])] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const mapping = {
      unemployed: 1000,
      unemployedWomen: 480,
      unemployedMen: 500,
      description: 'Arbetsförmedlingens statistik för Järva, december 2025',
      participantsIndicatorId: participants,
      startedWorkIndicatorId: work,
    };
    const response = await saveMapping(p.cooperationId, clusterId, mapping);
    expect(response.statusCode, response.body).toBe(200);
    const [item] = (response.json() as ClusterProgressionView).clusters;
    expect(item).toMatchObject({
      mapping: { ...mapping, startedStudiesIndicatorId: null },
      version: 1,
      figures: { participants: { value: 200, complete: true }, startedWork: { value: 50, complete: true }, startedStudies: null },
      progression: { throughput: 0.2, workShare: 0.25, studiesShare: null, complete: false },
    });
    expect((await progression(p.cooperationId)).json()).toEqual(response.json());
    expect((await saveMapping(p.cooperationId, clusterId, mapping)).statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'cluster_mapping').execute();
    expect(audit).toEqual([{ action: 'measurement.cluster-mapping.saved' }]);
  });

  it('AGR-6: the mapping’s figures and indicators are checked; a cluster of another cooperation is not found', async () => {
    const p = await insertPlan(t);
    const clusterId = await insertCluster(t, p.cooperationId);
    const bad = await saveMapping(p.cooperationId, clusterId, { unemployed: 10, unemployedWomen: 6, unemployedMen: 5, participantsIndicatorId: p.indicators['Samverkan upplevs som meningsfull'] });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['participantsIndicatorId', 'unemployedWomen']);
    const other = await insertPlan(t);
    expect((await saveMapping(p.cooperationId, await insertCluster(t, other.cooperationId), {})).statusCode).toBe(404);
    expect((await saveMapping(p.cooperationId, NIL, {})).statusCode).toBe(404);
  });

  it('staff read, writers save, others are refused; bad input is 400', async () => {
    const p = await insertPlan(t);
    const clusterId = await insertCluster(t, p.cooperationId);
    expect((await progression(p.cooperationId, 2026, await t.loginAs('economist'))).statusCode).toBe(200);
    expect((await progression(p.cooperationId, 2026, await t.loginAs('partner'))).statusCode).toBe(403);
    expect((await saveMapping(p.cooperationId, clusterId, {}, await t.loginAs('review_group'))).statusCode).toBe(403);
    expect((await saveMapping(p.cooperationId, clusterId, { unemployed: 5 }, await t.loginAs('manager'))).statusCode).toBe(200);
    expect((await progression(p.cooperationId, 'x')).statusCode).toBe(400);
    expect((await progression(NIL)).statusCode).toBe(404);
    const bad = await saveMapping(p.cooperationId, clusterId, { unemployed: -1, unemployedMen: 2.5, description: 5, extra: 1, startedWorkIndicatorId: 'x' });
    expect(paths(bad)).toEqual(['description', 'extra', 'startedWorkIndicatorId', 'unemployed', 'unemployedMen']);
  });
});
