import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { insertCluster, insertPlan, type PlanFixture } from '../followup/measurement-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let partner: Session;
let otherPartner: Session;
let own: PlanFixture;
let foreign: PlanFixture;

async function linkedPartner(organisationId: string): Promise<Session> {
  const session = await t.loginAs('partner');
  await t.database.db.insertInto('partner_account').values({ user_id: session.userId, organisation_id: organisationId }).execute();
  return session;
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const ownOrganisation = await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' });
  const foreignOrganisation = await makeOrganisation(t.database.db, { name: 'Språkcaféet' });
  own = await insertPlan(t);
  foreign = await insertPlan(t);
  await t.database.db
    .insertInto('cooperation_party')
    .values([
      { cooperation_id: own.cooperationId, organisation_id: ownOrganisation.id },
      { cooperation_id: foreign.cooperationId, organisation_id: foreignOrganisation.id },
    ])
    .execute();
  partner = await linkedPartner(ownOrganisation.id);
  otherPartner = await linkedPartner(foreignOrganisation.id);
});
afterAll(() => t.close());

const participants = () => own.indicators['Deltagare'] ?? '';
const semester = (indicatorId: string, total: number, women: number, men: number) => [
  { indicatorId, dimension: null, category: null, value: total, unknown: false },
  { indicatorId, dimension: 'gender', category: 'women', value: women, unknown: false },
  { indicatorId, dimension: 'gender', category: 'men', value: men, unknown: false },
];
const saveAs = (session: Session, cooperationId: string, payload: Record<string, unknown>) =>
  t.as(session, { method: 'PUT', url: `/api/cooperations/${cooperationId}/measurements`, payload: { clusterId: null, version: 0, cells: [], ...payload } });

describe('partner measurements (issue 11 point 4, AGR-6)', () => {
  it('a partner reports a semester\'s measurements for its own cooperation and reads them back', async () => {
    const saved = await saveAs(partner, own.cooperationId, { period: '2026-H1', cells: semester(participants(), 40, 25, 15) });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = await t.as(partner, { method: 'GET', url: `/api/cooperations/${own.cooperationId}/measurements?year=2026` });
    expect(read.statusCode).toBe(200);
    const total = read.json().cells.find((c: { indicatorId: string; period: string; dimension: string | null }) => c.indicatorId === participants() && c.period === '2026-H1' && c.dimension === null);
    expect(total).toMatchObject({ state: 'value', value: 40 });
  });

  it('is refused for another organisation\'s cooperation (404, as if unknown), reading and writing', async () => {
    const other = foreign.indicators['Deltagare'] ?? '';
    expect((await t.as(partner, { method: 'GET', url: `/api/cooperations/${foreign.cooperationId}/measurements?year=2026` })).statusCode).toBe(404);
    expect((await saveAs(partner, foreign.cooperationId, { period: '2026-H1', cells: semester(other, 10, 5, 5) })).statusCode).toBe(404);
    expect((await t.as(otherPartner, { method: 'GET', url: `/api/cooperations/${own.cooperationId}/measurements?year=2026` })).statusCode).toBe(404);
  });

  it('AGR-6: a partner\'s breakdown above its total is a 400 naming the cell, as for staff', async () => {
    const response = await saveAs(partner, own.cooperationId, { period: '2026-H2', cells: semester(participants(), 10, 25, 15) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ requirement: 'AGR-6' });
  });

  it('may not record a cluster\'s measurements or mapping, which belong to the agreement\'s staff', async () => {
    const clusterId = await insertCluster(t, own.cooperationId);
    expect((await saveAs(partner, own.cooperationId, { period: '2026-H1', clusterId, cells: [] })).statusCode).toBe(403);
    const mapping = await t.as(partner, { method: 'PUT', url: `/api/cooperations/${own.cooperationId}/clusters/${clusterId}/mapping`, payload: { year: 2026, version: 0, unemployed: 100, unemployedWomen: 50, unemployedMen: 50, description: null, participantsIndicatorId: null, startedWorkIndicatorId: null, startedStudiesIndicatorId: null } });
    expect(mapping.statusCode, mapping.body).toBe(403);
  });

  it('once the period\'s report is submitted the partner can no longer change its measurements; staff still can', async () => {
    const report = (await t.as(partner, { method: 'PUT', url: `/api/partner/cooperations/${own.cooperationId}/reports/2026-H1`, payload: { followUpText: 'Våren gick enligt plan.' } })).json();
    const submitted = await t.as(partner, { method: 'POST', url: `/api/partner-reports/${report.id}/submit`, payload: { version: report.version } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const grid = (await t.as(partner, { method: 'GET', url: `/api/cooperations/${own.cooperationId}/measurements?year=2026` })).json();
    const version = grid.sheets.find((s: { period: string }) => s.period === '2026-H1').version;
    const locked = await saveAs(partner, own.cooperationId, { period: '2026-H1', version, cells: semester(participants(), 41, 26, 15) });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().type).toContain('partner_report_locked');
    const byStaff = await saveAs(officer, own.cooperationId, { period: '2026-H1', version, cells: semester(participants(), 41, 26, 15) });
    expect(byStaff.statusCode, byStaff.body).toBe(200);
  });
});
