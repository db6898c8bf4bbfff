import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { type CooperationForm, FORM_NAMES } from '../../../shared/cooperations/forms';
import type { CommitteeReportView, ReportCell, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { findReferenceNames } from '../cooperations/overview.repository';
import { findAreas } from '../organisations/reference.repository';
import { seedReportCooperation, seedReportTermination } from './report-fixtures.test-helper';

// OVR-2, OVR-1, AGR-9 (issue 13 points 1, 6 and 7): the register's sections of the committee's
// report for a seeded 2025. Every expected figure is computed below from the records this file
// creates, and every linked figure is checked against the list API's total for its query.

type Org = 'alfa' | 'beta' | 'gamma' | 'delta' | 'epsilon' | 'zeta';
const ORG_DISTRICTS: Record<Org, string[]> = {
  alfa: ['rinkeby_kista'],
  beta: ['spanga_tensta'],
  gamma: ['bromma'],
  delta: [],
  epsilon: ['rinkeby_kista', 'spanga_tensta'],
  zeta: ['norrmalm'],
};
type Spec = {
  title: string;
  form: CooperationForm;
  activatedOn: string | null;
  endedOn?: string;
  unitCode?: string;
  areas: string[];
  targetGroups: string[];
  parties: Org[];
  endedReason?: string;
  termination?: { kind: 'notice' | 'rescission'; reason: string; givenOn: string; effectiveOn: string };
};
const SPECS: Spec[] = [
  { title: 'Nätverk för nyanlända', form: 'iop', activatedOn: '2025-03-01', unitCode: 'jobbtorg', areas: ['newly_arrived_adults.networks'], targetGroups: ['newly_arrived'], parties: ['alfa', 'beta'] },
  {
    title: 'Språkcafé och sommarmentorer',
    form: 'iop',
    activatedOn: '2024-05-01',
    endedOn: '2025-10-15',
    endedReason: 'Avtalstiden löpte ut',
    unitCode: 'adult_education',
    areas: ['newly_arrived_adults', 'summer_jobs.mentors'],
    targetGroups: ['newly_arrived', 'youth_16_29'],
    parties: ['epsilon'],
  },
  {
    title: 'Sommarjobb i föreningar',
    form: 'vida',
    activatedOn: '2025-06-10',
    endedOn: '2025-11-30',
    areas: ['summer_jobs'],
    targetGroups: [],
    parties: ['gamma', 'delta'],
    termination: { kind: 'notice', reason: 'Föreningen kunde inte ta emot deltagare', givenOn: '2025-08-30', effectiveOn: '2025-11-30' },
  },
  {
    title: 'Upphandlad arbetsträning',
    form: 'procurement',
    activatedOn: '2023-01-10',
    endedOn: '2025-02-05',
    unitCode: 'jobbtorg',
    areas: [],
    targetGroups: ['youth_16_29'],
    parties: ['alfa'],
    termination: { kind: 'rescission', reason: 'Väsentligt avtalsbrott', givenOn: '2025-02-05', effectiveOn: '2025-02-05' },
  },
  { title: 'Integrationspakt', form: 'iop', activatedOn: '2022-01-01', unitCode: 'jobbtorg', areas: ['integration_pact.civil_society_partner'], targetGroups: ['long_term_unemployed'], parties: ['beta'] },
  { title: 'VIDA före året', form: 'vida', activatedOn: '2023-01-10', endedOn: '2024-12-31', areas: ['newly_arrived_adults'], targetGroups: ['newly_arrived'], parties: ['zeta'] },
  { title: 'Upphandling efter året', form: 'procurement', activatedOn: '2026-01-05', unitCode: 'jobbtorg', areas: ['summer_jobs'], targetGroups: [], parties: ['zeta'] },
  { title: 'Under beredning', form: 'iop', activatedOn: null, areas: ['newly_arrived_adults'], targetGroups: ['newly_arrived'], parties: ['zeta'] },
];

let t: TestApp;
let officer: Session;
const caseNumbers = new Map<string, string>();
const orgNames = new Map<Org, string>();
let areas: { code: string; parent_code: string | null; name_sv: string }[] = [];
let units: { code: string; name_sv: string }[] = [];
let targetGroups: { code: string; name_sv: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const db = t.database.db;
  const orgIds = new Map<Org, string>();
  for (const [key, districts] of Object.entries(ORG_DISTRICTS) as [Org, string[]][]) {
    const org = await makeOrganisation(db, { name: `${key[0]!.toUpperCase()}${key.slice(1)} ideell förening`, districts });
    orgIds.set(key, org.id);
    orgNames.set(key, org.name);
  }
  for (const s of SPECS) {
    const id = await seedReportCooperation(db, {
      title: s.title,
      form: s.form,
      activatedOn: s.activatedOn,
      endedOn: s.endedOn ?? null,
      endedReason: s.endedReason ?? null,
      unitCode: s.unitCode ?? null,
      areas: s.areas,
      targetGroups: s.targetGroups,
      partyIds: s.parties.map((p) => orgIds.get(p)!),
    });
    if (s.termination) await seedReportTermination(db, { cooperationId: id, ...s.termination });
    const detail = await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}` });
    caseNumbers.set(s.title, detail.json().caseNumber as string);
  }
  // AGR-9: Rinkeby-Kista and Spånga-Tensta merge into Järva in the middle of the year (a test fixture).
  const admin = await t.loginAs('admin');
  const merged = await t.as(admin, {
    method: 'POST',
    url: '/api/reference/districts/successions',
    payload: { effectiveOn: '2025-07-01', predecessors: ['rinkeby_kista', 'spanga_tensta'], successor: { code: 'jarva', nameSv: 'Järva' } },
  });
  expect(merged.statusCode, merged.body).toBe(201);
  areas = await findAreas(db);
  units = await findReferenceNames(db, 'unit');
  targetGroups = await findReferenceNames(db, 'target_group');
}, 60_000);
afterAll(() => t.close());

// ---- the expected figures, computed from SPECS ----
type Filter = { area?: string; unitCode?: string; form?: CooperationForm };
const codesWithin = (area: string) => {
  const codes = areas.filter((a) => a.code === area || a.parent_code === area).map((a) => a.code);
  return codes.length > 0 ? codes : [area];
};
const inScope = (s: Spec, f: Filter) =>
  (!f.area || s.areas.some((a) => codesWithin(f.area!).includes(a))) && (!f.unitCode || s.unitCode === f.unitCode) && (!f.form || s.form === f.form);
const running = (s: Spec, from: string, to: string) => s.activatedOn !== null && s.activatedOn <= to && (!s.endedOn || s.endedOn >= from);
const started = (s: Spec, from: string, to: string) => s.activatedOn !== null && s.activatedOn >= from && s.activatedOn <= to;
const ended = (s: Spec, from: string, to: string) => s.activatedOn !== null && s.endedOn !== undefined && s.endedOn >= from && s.endedOn <= to;
const FROM = '2025-01-01';
const TO = '2025-12-31';

function countRows<K>(keys: K[], name: (k: K) => string, has: (s: Spec, k: K) => boolean, f: Filter, from = FROM, to = TO): ReportCell[][] {
  const specs = SPECS.filter((s) => inScope(s, f) && running(s, from, to));
  return keys
    .map((k) => [name(k), specs.filter((s) => has(s, k)).length, specs.filter((s) => has(s, k) && started(s, from, to)).length] as ReportCell[])
    .filter((cells) => (cells[1] as number) > 0);
}
function totalRow(f: Filter): ReportCell[] {
  const specs = SPECS.filter((s) => inScope(s, f) && running(s, FROM, TO));
  return ['Totalt', specs.length, specs.filter((s) => started(s, FROM, TO)).length];
}

function expectedTables(f: Filter): Record<string, ReportCell[][]> {
  const tops = areas.filter((a) => a.parent_code === null);
  const scoped = SPECS.filter((s) => inScope(s, f));
  const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  const monthNames = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  const endedSpecs = scoped.filter((s) => ended(s, FROM, TO)).sort((a, b) => a.endedOn!.localeCompare(b.endedOn!));
  const iops = scoped
    .filter((s) => s.form === 'iop' && running(s, FROM, TO))
    .sort((a, b) => a.activatedOn!.slice(0, 4).localeCompare(b.activatedOn!.slice(0, 4)) || SPECS.indexOf(a) - SPECS.indexOf(b));
  const unitName = (code?: string) => units.find((u) => u.code === code)?.name_sv ?? null;
  return {
    'areas/by-area': [...countRows(tops, (a) => a.name_sv, (s, a) => s.areas.some((c) => codesWithin(a.code).includes(c)), f), totalRow(f)],
    'units/by-unit': [
      ...countRows([...units.map((u) => u.code), null], (u) => (u === null ? 'Ingen enhet angiven' : unitName(u)!), (s, u) => (s.unitCode ?? null) === u, f),
      totalRow(f),
    ],
    'target-groups/by-target-group': [
      ...countRows(
        [...targetGroups.map((g) => g.code), null],
        (g) => (g === null ? 'Ingen målgrupp angiven' : targetGroups.find((x) => x.code === g)!.name_sv),
        (s, g) => (g === null ? s.targetGroups.length === 0 : s.targetGroups.includes(g)),
        f,
      ),
      totalRow(f),
    ],
    'changes/by-month': [
      ...months.map((m, i) => {
        const [from, to] = [`${m}-01`, `${m}-${new Date(Date.UTC(2025, i + 1, 0)).getUTCDate()}`];
        const e = scoped.filter((s) => ended(s, from, to));
        return [`${monthNames[i]} 2025`, scoped.filter((s) => started(s, from, to)).length, e.length, e.filter((s) => s.termination).length];
      }),
      ['Totalt', scoped.filter((s) => started(s, FROM, TO)).length, endedSpecs.length, endedSpecs.filter((s) => s.termination).length],
    ],
    'changes/terminated': endedSpecs
      .filter((s) => s.termination)
      .map((s) => [caseNumbers.get(s.title)!, s.title, FORM_NAMES.sv[s.form], s.termination!.kind === 'notice' ? 'Uppsägning' : 'Hävning', s.termination!.reason, s.termination!.effectiveOn]),
    'changes/ended': endedSpecs.filter((s) => !s.termination).map((s) => [caseNumbers.get(s.title)!, s.title, FORM_NAMES.sv[s.form], s.endedOn!, s.endedReason!]),
    'iops/running-iops': [
      ...iops.map((s) => [
        caseNumbers.get(s.title)!,
        s.title,
        s.parties.map((p) => orgNames.get(p)!).sort().join(', '),
        unitName(s.unitCode),
        s.activatedOn!,
        s.endedOn ?? null,
        1,
      ]),
      ['Totalt', null, null, null, null, null, iops.length],
    ],
  };
}

/** Organisations that are parties of cooperations in force, per district as merged on `to` (AGR-9), computed from the fixture. */
function expectedDistricts(f: Filter, from: string, to: string): ReportCell[][] {
  const unitOf = (d: string) => (to >= '2025-07-01' && ['rinkeby_kista', 'spanga_tensta'].includes(d) ? 'jarva' : d);
  const orgs = [...new Set(SPECS.filter((s) => inScope(s, f) && running(s, from, to)).flatMap((s) => s.parties))];
  const names: Record<string, string> = { rinkeby_kista: 'Rinkeby-Kista', spanga_tensta: 'Spånga-Tensta', bromma: 'Bromma', norrmalm: 'Norrmalm', jarva: 'Järva' };
  const order = ['rinkeby_kista', 'spanga_tensta', 'bromma', 'norrmalm', 'jarva'];
  const counts = new Map<string, number>();
  for (const o of orgs) for (const u of new Set(ORG_DISTRICTS[o].map(unitOf))) counts.set(u, (counts.get(u) ?? 0) + 1);
  const withoutDistrict = orgs.filter((o) => ORG_DISTRICTS[o].length === 0).length;
  return [
    ...[...counts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([u, n]) => [names[u]!, n]),
    ...(withoutDistrict > 0 ? [['Ingen stadsdel angiven', withoutDistrict]] : []),
    ['Totalt', orgs.length],
  ];
}

const tableOf = (view: CommitteeReportView, key: string): ReportTable => {
  const [section, table] = key.split('/');
  const found = view.sections.find((s) => s.key === section)?.tables.find((x) => x.key === table);
  if (!found) throw new Error(`no table ${key}`);
  return found;
};
async function report(query: string): Promise<CommitteeReportView> {
  const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CommitteeReportView;
}
const query = (f: Filter) => new URLSearchParams({ year: '2025', ...f }).toString();
const SCENARIOS: [string, Filter][] = [
  ['no filters', {}],
  ['an area filter', { area: 'newly_arrived_adults' }],
  ['a sub-area filter', { area: 'newly_arrived_adults.networks' }],
  ['a unit filter', { unitCode: 'jobbtorg' }],
  ['a form filter', { form: 'iop' }],
];

describe('the register sections of the committee report (OVR-2, OVR-1, AGR-9)', () => {
  it.each(SCENARIOS)('OVR-2: with %s every figure of areas, units, target groups, changes and IOPs equals the records', async (_, f) => {
    const view = await report(query(f));
    for (const [key, rows] of Object.entries(expectedTables(f))) {
      expect(tableOf(view, key).rows.map((r) => r.cells), key).toEqual(rows);
    }
    // Sanity: the fixture gives every scenario something to count.
    expect(tableOf(view, 'areas/by-area').rows.at(-1)!.cells[1]).toBeGreaterThan(0);
  });

  it.each(SCENARIOS)('OVR-2 (issue 13 pt 7): with %s every linked figure equals the total of the list behind it', async (_, f) => {
    const view = await report(query(f));
    const mine = view.sections.filter((s) => ['areas', 'units', 'target-groups', 'changes', 'iops', 'districts'].includes(s.key));
    let checked = 0;
    for (const table of mine.flatMap((s) => s.tables)) {
      for (const row of table.rows) {
        for (const [i, link] of (row.links ?? []).entries()) {
          if (!link) continue;
          const list = await t.as(officer, { method: 'GET', url: `/api/cooperations?${new URLSearchParams(link.query)}` });
          expect(list.statusCode, list.body).toBe(200);
          expect(list.json().total, `${table.key} ${String(row.cells[0])} ${JSON.stringify(link.query)}`).toBe(row.cells[i]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  }, 60_000);

  it('OVR-2: the areas section counts a cooperation under each of its areas, sub-areas under their area, and says so', async () => {
    const byArea = tableOf(await report('year=2025'), 'areas/by-area');
    const summer = byArea.rows.find((r) => r.cells[0] === areas.find((a) => a.code === 'summer_jobs')!.name_sv)!;
    // The VIDA (summer_jobs itself) and the ended IOP (summer_jobs.mentors, and newly_arrived_adults too).
    expect(summer.cells).toEqual([summer.cells[0], 2, 1]);
    expect(byArea.note).toMatch(/flera områden räknas under vart och ett/);
    expect(byArea.public).toBe(true);
    expect(byArea.chart?.kind).toBe('bar');
    // Under an area filter the list can reach another area's row only when one area lies within the other.
    const filtered = tableOf(await report('year=2025&area=newly_arrived_adults'), 'areas/by-area');
    const name = (code: string) => areas.find((a) => a.code === code)!.name_sv;
    expect(filtered.rows.find((r) => r.cells[0] === name('summer_jobs'))?.links).toEqual([null, null, null]);
    const sub = tableOf(await report('year=2025&area=newly_arrived_adults.networks'), 'areas/by-area');
    expect(sub.rows.find((r) => r.cells[0] === name('newly_arrived_adults'))?.links?.[1]?.query.area).toBe('newly_arrived_adults.networks');
  });

  it('OVR-2: count tables are public; tables naming cooperations or holding reasons are not', async () => {
    const view = await report('year=2025');
    for (const key of ['areas/by-area', 'units/by-unit', 'target-groups/by-target-group', 'changes/by-month', 'districts/by-district']) {
      expect(tableOf(view, key).public, key).toBe(true);
    }
    for (const key of ['changes/terminated', 'changes/ended', 'iops/running-iops']) expect(tableOf(view, key).public, key).toBeFalsy();
    expect(tableOf(view, 'target-groups/by-target-group').note).toMatch(/flera målgrupper/);
  });

  it('AGR-9: partner organisations count under the district as it stood at the period’s end, a merged district under its successor', async () => {
    for (const [_, f] of SCENARIOS) {
      expect(tableOf(await report(query(f)), 'districts/by-district').rows.map((r) => r.cells), JSON.stringify(f)).toEqual(expectedDistricts(f, FROM, TO));
    }
    const year = tableOf(await report('year=2025'), 'districts/by-district');
    // Alfa (Rinkeby-Kista), Beta (Spånga-Tensta) and Epsilon (both) count once each under Järva.
    expect(year.rows.find((r) => r.cells[0] === 'Järva')?.cells[1]).toBe(3);
    expect(year.rows.some((r) => r.cells[0] === 'Rinkeby-Kista')).toBe(false);
    // Before the merger the recorded districts stand: Epsilon counts under both.
    const spring = tableOf(await report('year=2025&from=2025-01-01&to=2025-06-30'), 'districts/by-district');
    expect(spring.rows.map((r) => r.cells)).toEqual(expectedDistricts({}, '2025-01-01', '2025-06-30'));
    expect(spring.rows.find((r) => r.cells[0] === 'Rinkeby-Kista')?.cells[1]).toBe(2);
  });

  it('OVR-2: a form filter without IOPs leaves the IOP table empty and unlinked, in English too', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/reports/committee?year=2025&form=vida', headers: { 'accept-language': 'en' } });
    const iops = tableOf(response.json() as CommitteeReportView, 'iops/running-iops');
    expect(iops.rows).toEqual([{ cells: ['Total', null, null, null, null, null, 0], links: [null, null, null, null, null, null, null], total: true }]);
    expect(iops.title).toBe('Ongoing IOPs and their partners');
  });
});
