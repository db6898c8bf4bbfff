import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { CommitteeReportView, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { insertAfAgreement, insertCooperationOf, makeEmployer, passEmployerControls } from '../employers/employer-offer-fixtures.test-helper';
import { todayOf } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
const YEAR = 2025;

const counts = (total: number, byGender: Record<string, number> = {}, byTargetGroup: Record<string, number> = {}) => ({ total, byGender, byTargetGroup });

async function post(url: string, payload: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST') {
  const response = await t.as(officer, { method, url, payload });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return response.json() as { id: string; version: number };
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const db = t.database.db;
  const employer = await makeEmployer(db, 'Rapportens Arbetsgivare AB');
  await passEmployerControls(db, employer.id, todayOf(t));
  const partnership = await insertCooperationOf(db, 'job_partnership', [employer.id]);
  const offers = `/api/cooperations/${partnership}/offers`;
  // Two internships and a job overlapping 2025, one APL place entirely in 2024 (not counted).
  const internship = await post(offers, { kind: 'internship', title: 'Praktik lager', places: 5, startDate: '2025-02-01', endDate: '2025-08-31' });
  await post(offers, { kind: 'internship', title: 'Praktik butik', places: 3, startDate: '2024-09-01', endDate: null });
  const job = await post(offers, { kind: 'job', title: 'Lagerarbetare', places: 2, startDate: '2025-10-01', endDate: '2026-03-31' });
  await post(offers, { kind: 'apl', title: 'APL vård', places: 4, startDate: '2024-01-01', endDate: '2024-12-31' });
  // Outcomes: the first recording of 2025-H1 is superseded; 2024-H2 lies outside the year.
  await post(`/api/offers/${internship.id}/outcomes`, { period: '2025-H1', started: counts(50), employed: counts(40) }, 'PUT');
  await post(`/api/offers/${internship.id}/outcomes`, { period: '2025-H1', started: counts(5, { women: 2, men: 3, other: 0 }, { youth_16_29: 2 }), employed: counts(2, { women: 1, men: 1, other: 0 }) }, 'PUT');
  await post(`/api/offers/${internship.id}/outcomes`, { period: '2024-H2', started: counts(7), employed: counts(7) }, 'PUT');
  await post(`/api/offers/${job.id}/outcomes`, { period: '2025-H2', started: counts(2, { women: 1, men: 1, other: 0 }, { newly_arrived_other: 1 }), employed: counts(2) }, 'PUT');

  // Job tracks: one run with Arbetsförmedlingen in 2025, one without, one planned (not counted), one in 2023 (not counted).
  const af = await insertAfAgreement(t);
  const track = (title: string, extra: Record<string, unknown>) => ({ title, occupation: 'Undersköterska', places: 10, startDate: '2025-03-01', endDate: '2025-12-31', employerIds: [employer.id], ...extra });
  const withAf = await post('/api/job-tracks', track('Jobbspår vård med AF', { agreementCooperationId: af.cooperationId, workingGroupId: af.workingGroupId, places: 12 }));
  await post(`/api/job-tracks/${withAf.id}/start`, { version: withAf.version });
  const alone = await post('/api/job-tracks', track('Jobbspår bygg', { places: 6 }));
  await post(`/api/job-tracks/${alone.id}/start`, { version: alone.version });
  await post('/api/job-tracks', track('Jobbspår planerat', { places: 99 }));
  const old = await post('/api/job-tracks', track('Jobbspår 2023', { startDate: '2023-01-01', endDate: '2023-12-31', places: 50 }));
  await post(`/api/job-tracks/${old.id}/start`, { version: old.version });
}, 60_000);
afterAll(() => t.close());

async function section(query: string) {
  const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  const view = response.json() as CommitteeReportView;
  const found = view.sections.find((s) => s.key === 'employer-offers');
  expect(found).toBeDefined();
  return found!;
}
const table = (s: { tables: ReportTable[] }, key: string) => s.tables.find((x) => x.key === key)!;
const row = (tbl: ReportTable, label: string) => tbl.rows.find((r) => r.cells[0] === label)?.cells;

describe('the report section on offers and job tracks (EMP-4, OVR-2)', () => {
  it('EMP-4: counts offers and places per kind overlapping the year, and the current outcomes of its half-years', async () => {
    const s = await section(`year=${YEAR}`);
    const byKind = table(s, 'offers-by-kind');
    expect(row(byKind, 'Praktik')).toEqual(['Praktik', 2, 8, 5, 2]);
    expect(row(byKind, 'Anställning')).toEqual(['Anställning', 1, 2, 2, 2]);
    expect(row(byKind, 'APL-plats')).toBeUndefined();
    expect(row(byKind, 'Totalt')).toEqual(['Totalt', 3, 10, 7, 4]);
    const gender = table(s, 'outcomes-by-gender');
    expect(gender.columns.map((c) => c.key)).toEqual(['measure', 'total', 'women', 'men', 'other', 'missing']);
    expect(row(gender, 'Började')).toEqual(['Började', 7, 3, 4, 0, 0]);
    // The job's two who got a job were not broken down by gender: they are "not given".
    expect(row(gender, 'Fick arbete')).toEqual(['Fick arbete', 4, 1, 1, 0, 2]);
    expect(gender.personBreakdown).toEqual({ partColumns: [2, 3, 4, 5], totalColumn: 1, rowsAdditive: false });
    const targetGroups = table(s, 'outcomes-by-target-group');
    const started = row(targetGroups, 'Började')!;
    expect(started[targetGroups.columns.findIndex((c) => c.key === 'youth_16_29')]).toBe(2);
    expect(started[targetGroups.columns.findIndex((c) => c.key === 'newly_arrived_other')]).toBe(1);
    expect(targetGroups.columns.filter((c) => c.key !== 'measure').every((c) => c.kind === 'persons')).toBe(true);
  });

  it('EMP-4: a job track run with Arbetsförmedlingen is counted in the report', async () => {
    const tracks = table(await section(`year=${YEAR}`), 'job-tracks');
    expect(row(tracks, 'Med Arbetsförmedlingen')).toEqual(['Med Arbetsförmedlingen', 1, 12, 1]);
    expect(row(tracks, 'Utan Arbetsförmedlingen')).toEqual(['Utan Arbetsförmedlingen', 1, 6, 1]);
    // The one employer runs both tracks and is counted once in all.
    expect(row(tracks, 'Alla jobbspår')).toEqual(['Alla jobbspår', 2, 18, 1]);
  });

  it('EMP-4: a half-year period counts only its own outcomes', async () => {
    const s = await section(`year=${YEAR}&from=${YEAR}-01-01&to=${YEAR}-06-30`);
    expect(row(table(s, 'offers-by-kind'), 'Totalt')).toEqual(['Totalt', 2, 8, 5, 2]);
  });
});
