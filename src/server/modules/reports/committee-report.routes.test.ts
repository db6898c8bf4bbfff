import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { CommitteeReportView, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { ROLES } from '../../../shared/users/roles';
import { seedReportCooperation } from './report-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const db = t.database.db;
  // 2025: two IOPs in force (one new in March, one from 2024 ended in October), a VIDA ended in
  // 2024 (outside the year), a procurement started in 2026 (outside), one in preparation.
  await seedReportCooperation(db, { form: 'iop', activatedOn: '2025-03-01', unitCode: 'jobbtorg' });
  await seedReportCooperation(db, { form: 'iop', activatedOn: '2024-05-01', endedOn: '2025-10-15' });
  await seedReportCooperation(db, { form: 'vida', activatedOn: '2023-01-10', endedOn: '2024-12-31' });
  await seedReportCooperation(db, { form: 'procurement', activatedOn: '2026-01-05' });
  await seedReportCooperation(db, { form: 'procurement', status: 'preparing' });
});
afterAll(() => t.close());

const report = async (query: string, session = officer) => t.as(session, { method: 'GET', url: `/api/reports/committee?${query}` });
const tableOf = (view: CommitteeReportView, section: string, table: string): ReportTable => {
  const found = view.sections.find((s) => s.key === section)?.tables.find((x) => x.key === table);
  if (!found) throw new Error(`no table ${section}/${table}`);
  return found;
};

describe('the committee report (OVR-2)', () => {
  it('OVR-2: counts the cooperations in force, new and ended in the year by form', async () => {
    const response = await report('year=2025');
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as CommitteeReportView;
    expect(view).toMatchObject({ year: 2025, period: { from: '2025-01-01', to: '2025-12-31' } });
    const byForm = tableOf(view, 'forms', 'by-form');
    expect(byForm.rows.map((r) => r.cells)).toEqual([
      ['Idéburet offentligt partnerskap (IOP)', 2, 1, 1, 0],
      ['Totalt', 2, 1, 1, 0],
    ]);
    expect(byForm.columns.map((c) => c.kind)).toEqual(['text', 'count', 'count', 'count', 'count']);
  });

  it('OVR-2: a period within the year narrows the counts; a unit filter narrows them too', async () => {
    const spring = tableOf((await report('year=2025&from=2025-01-01&to=2025-02-28')).json(), 'forms', 'by-form');
    expect(spring.rows.at(-1)?.cells).toEqual(['Totalt', 1, 0, 0, 0]);
    const jobbtorg = tableOf((await report('year=2025&unitCode=jobbtorg')).json(), 'forms', 'by-form');
    expect(jobbtorg.rows.at(-1)?.cells).toEqual(['Totalt', 1, 1, 0, 0]);
  });

  it('OVR-2: every figure links to the list behind it, and that list holds as many cooperations', async () => {
    const byForm = tableOf((await report('year=2025')).json(), 'forms', 'by-form');
    const total = byForm.rows.at(-1)!;
    for (const [i, link] of (total.links ?? []).entries()) {
      if (!link) continue;
      const list = await t.as(officer, { method: 'GET', url: `/api/cooperations?${new URLSearchParams(link.query)}` });
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().total).toBe(total.cells[i]);
    }
  });

  it.each([
    ['no year', ''],
    ['a year before the register', 'year=1999'],
    ['a year not yet begun', 'year=2200'],
    ['a year that is not a number', 'year=tjugo'],
    ['a reversed period', 'year=2025&from=2025-06-01&to=2025-05-01'],
    ['a period outside the year', 'year=2025&from=2024-12-01'],
    ['an impossible date', 'year=2025&from=2025-02-30'],
    ['an unknown unit', 'year=2025&unitCode=finns-inte'],
    ['an unknown area', 'year=2025&area=finns-inte'],
    ['an unknown form', 'year=2025&form=lottery'],
    ['an unknown parameter', 'year=2025&secret=1'],
  ])('refuses %s with 400, never 500', async (_, query) => {
    const response = await report(query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });

  it.each(ROLES.filter((r) => !['officer', 'manager', 'review_group', 'economist', 'admin'].includes(r)))('refuses the %s role (403)', async (role) => {
    const session = await t.loginAs(role);
    expect((await report('year=2025', session)).statusCode).toBe(403);
  });

  it('refuses the public (401)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/reports/committee?year=2025' })).statusCode).toBe(401);
  });

  it('the list refuses a period filter without its days or reversed (400)', async () => {
    for (const query of ['periodEvent=running', 'periodEvent=running&periodFrom=2025-02-01&periodTo=2025-01-01', 'periodFrom=2025-01-01']) {
      const response = await t.as(officer, { method: 'GET', url: `/api/cooperations?${query}` });
      expect(response.statusCode, query).toBe(400);
    }
  });
});
