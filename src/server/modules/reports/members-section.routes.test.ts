import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { EmployerType } from '../../../shared/employers/membership.rules';
import type { CommitteeReportView } from '../../../shared/reports/committee-report.schemas';
import { insertEmployerProfile } from '../employers/employer-profile.repository';
import { seedReportCooperation } from './report-fixtures.test-helper';

// EMP-1, OVR-2 (issue 14 point 5): the members' section of the committee's report for a seeded
// 2025; every expected figure follows from the memberships this file writes.

type Spec = { name: string; type: EmployerType | null; activatedOn: string; endedOn?: string; endedReason?: string };
const SPECS: Spec[] = [
  { name: 'Alfa Exempel AB', type: 'company', activatedOn: '2024-03-01' },
  { name: 'Beta Budtjänst AB', type: 'platform_company', activatedOn: '2025-04-01' },
  { name: 'Gamma Gig AB', type: 'platform_company', activatedOn: '2025-02-01', endedOn: '2025-09-30', endedReason: 'Arbetsgivaren begärde utträde' },
  { name: 'Delta Socialt Företag', type: 'social_enterprise', activatedOn: '2023-01-01', endedOn: '2024-06-01' },
  { name: 'Epsilon Exempel AB', type: 'company', activatedOn: '2026-01-10' },
  { name: 'Zeta Okänd Typ AB', type: null, activatedOn: '2025-05-05' },
];

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const db = t.database.db;
  for (const s of SPECS) {
    const org = await makeOrganisation(db, { name: s.name, kind: 'employer' });
    if (s.type) await insertEmployerProfile(db, { organisation_id: org.id, employer_type: s.type, size_band: null, updated_by: null });
    await seedReportCooperation(db, { form: 'integration_pact_membership', title: `Medlemskap ${s.name}`, activatedOn: s.activatedOn, endedOn: s.endedOn ?? null, endedReason: s.endedReason ?? null, partyIds: [org.id] });
  }
  // A job partnership with a member is not a membership and is not counted here.
  const alfa = await db.selectFrom('organisation').select('id').where('name', '=', 'Alfa Exempel AB').executeTakeFirstOrThrow();
  await seedReportCooperation(db, { form: 'job_partnership', activatedOn: '2025-03-01', partyIds: [alfa.id] });
});
afterAll(() => t.close());

async function section(query: string, language: 'sv' | 'en' = 'sv') {
  const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?${query}`, headers: { 'accept-language': language } });
  expect(response.statusCode).toBe(200);
  const report = response.json() as CommitteeReportView;
  const found = report.sections.find((s) => s.key === 'integration-pact-members');
  expect(found).toBeDefined();
  return found!;
}

describe('the members section of the committee report (EMP-1, OVR-2)', () => {
  it('EMP-1: members at the period end, new and ended memberships by employer type, platform and gig companies apart', async () => {
    const s = await section('year=2025');
    expect(s.requirements).toContain('EMP-1');
    const byType = s.tables.find((x) => x.key === 'by-type')!;
    expect(byType.rows.map((r) => r.cells)).toEqual([
      ['Företag', 1, 0, 0],
      ['Plattforms- eller gigföretag', 1, 2, 1],
      ['Socialt företag', 0, 0, 0],
      ['Offentlig arbetsgivare', 0, 0, 0],
      ['Annan arbetsgivare', 0, 0, 0],
      ['Typ ej angiven', 1, 1, 0],
      ['Totalt', 3, 3, 1],
    ]);
    const ended = s.tables.find((x) => x.key === 'ended')!;
    expect(ended.rows.map((r) => r.cells)).toEqual([['Gamma Gig AB', expect.stringMatching(/^RPT 2025-/), '2025-09-30', 'Arbetsgivaren begärde utträde']]);
  });

  it('a period within the year counts on its own days, in English too', async () => {
    const s = await section('year=2025&from=2025-01-01&to=2025-03-31', 'en');
    const byType = s.tables.find((x) => x.key === 'by-type')!;
    // At 31 March: Alfa and Gamma are members; Gamma is new; none ended.
    expect(byType.rows.at(-1)?.cells).toEqual(['Total', 2, 1, 0]);
    expect(byType.rows[1]?.cells).toEqual(['Platform or gig company', 1, 1, 0]);
    expect(s.tables.find((x) => x.key === 'ended')?.note).toBe('No membership ended during the period.');
  });

  it('a form filter without memberships leaves the section empty of members', async () => {
    const s = await section('year=2025&form=iop');
    expect(s.tables.find((x) => x.key === 'by-type')!.rows.at(-1)?.cells).toEqual(['Totalt', 0, 0, 0]);
  });
});
