import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { CooperationForm } from '../../../shared/cooperations/forms';
import type { CommitteeReportView, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { insertBudget } from '../followup/economy-fixtures.test-helper';
import { insertOutcome, markOutcomeRemoved } from '../followup/economy.repository';
import { insertCluster, insertPlan } from '../followup/measurement-fixtures.test-helper';
import { seedReportCooperation } from './report-fixtures.test-helper';

let t: TestApp;
let officer: Session;

type Budget = { year: number; moneySek: number; inKindSek: number };
type Outcome = { year: number; kind: 'money' | 'in_kind'; amountSek: number; removed?: boolean };
type Coop = { key: string; form: CooperationForm; activatedOn: string; endedOn?: string; agreements: Budget[][]; outcomes: Outcome[] };

// The economy of 2025 (IOP-9): which cooperations are in force when is decided by their lifecycle days.
const COOPS: Coop[] = [
  {
    key: 'A',
    form: 'iop',
    activatedOn: '2024-05-01',
    agreements: [
      [{ year: 2025, moneySek: 100_000, inKindSek: 20_000 }, { year: 2025, moneySek: 50_000, inKindSek: 0 }, { year: 2024, moneySek: 70_000, inKindSek: 0 }],
      [{ year: 2025, moneySek: 30_000, inKindSek: 5_000 }],
    ],
    outcomes: [
      { year: 2025, kind: 'money', amountSek: 90_000 },
      { year: 2025, kind: 'in_kind', amountSek: 15_000 },
      { year: 2025, kind: 'money', amountSek: 1_000_000, removed: true },
      { year: 2024, kind: 'money', amountSek: 60_000 },
    ],
  },
  { key: 'B', form: 'vida', activatedOn: '2025-03-01', agreements: [], outcomes: [{ year: 2025, kind: 'money', amountSek: 5_000 }] },
  { key: 'C', form: 'procurement', activatedOn: '2023-01-01', agreements: [[{ year: 2025, moneySek: 200_000, inKindSek: 0 }]], outcomes: [] },
  { key: 'D', form: 'iop', activatedOn: '2022-01-01', endedOn: '2024-12-31', agreements: [[{ year: 2025, moneySek: 999_000, inKindSek: 0 }]], outcomes: [] },
  { key: 'E', form: 'iop', activatedOn: '2025-02-01', agreements: [], outcomes: [] },
  { key: 'F', form: 'iop', activatedOn: '2025-09-01', agreements: [[{ year: 2025, moneySek: 40_000, inKindSek: 1_000 }]], outcomes: [{ year: 2025, kind: 'money', amountSek: 12_000 }] },
];
const ids = new Map<string, string>();
const caseNumbers = new Map<string, string>();

// VIDA payouts (FRM-5) made through cooperation B.
const PAYOUTS = [
  { association: 0, period: '2025-spring', participants: 12, occasions: 10 },
  { association: 1, period: '2025-spring', participants: 8, occasions: 9 },
  { association: 0, period: '2025-autumn', participants: 15, occasions: 12 },
  { association: 0, period: '2024-autumn', participants: 11, occasions: 11 },
];
const paid: { period: string; participants: number; occasions: number; amountSek: number }[] = [];

// Measurements (AGR-6): the cells saved per cooperation, period and indicator.
type Cell = { indicator: string; dimension: string | null; category: string | null; value: number | null };
const cell = (indicator: string, value: number | null, dimension: string | null = null, category: string | null = null): Cell => ({ indicator, dimension, category, value });
const SHEETS: { key: string; period: string; cells: Cell[] }[] = [
  {
    key: 'A',
    period: '2025-H1',
    cells: [cell('Deltagare', 20), cell('Deltagare', 1, 'gender', 'women'), cell('Deltagare', 19, 'gender', 'men'), cell('Deltagare', 4, 'target_group', 'youth_16_29'), cell('Börjat arbeta', 130)],
  },
  {
    key: 'A',
    period: '2025-H2',
    cells: [
      cell('Deltagare', 23),
      cell('Deltagare', 2, 'gender', 'women'),
      cell('Deltagare', 21, 'gender', 'men'),
      cell('Deltagare', 6, 'target_group', 'youth_16_29'),
      cell('Deltagare', null, 'target_group', 'disability'),
      cell('Börjat arbeta', null),
    ],
  },
  { key: 'C', period: '2025', cells: [cell('Deltagare', 410), cell('Börjat arbeta', 100)] },
];
const plans = new Map<string, Record<string, string>>();

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const db = t.database.db;
  const associations = [await makeOrganisation(db, { name: 'Idrottsföreningen Kämpa' }), await makeOrganisation(db, { name: 'Schackklubben Löparen' })];
  for (const c of COOPS) {
    const id = await seedReportCooperation(db, { form: c.form, activatedOn: c.activatedOn, endedOn: c.endedOn ?? null, partyIds: associations.map((a) => a.id) });
    ids.set(c.key, id);
    caseNumbers.set(c.key, (await db.selectFrom('cooperation').select('case_number').where('id', '=', id).executeTakeFirstOrThrow()).case_number);
    for (const rows of c.agreements) await insertBudget(t, id, rows.map((r) => ({ ...r, organisationId: associations[0]!.id })), 2);
    for (const o of c.outcomes) {
      const outcomeId = await insertOutcome(db, id, { year: o.year, organisationId: associations[0]!.id, occurredOn: `${o.year}-05-01`, amountSek: o.amountSek, kind: o.kind, reference: null, note: null }, null);
      if (o.removed) await markOutcomeRemoved(db, outcomeId, null);
    }
  }
  for (const p of PAYOUTS) {
    const response = await t.as(officer, {
      method: 'POST',
      url: '/api/vida/payouts',
      payload: { cooperationId: ids.get('B'), organisationId: associations[p.association]!.id, period: p.period, participants: p.participants, occasions: p.occasions },
    });
    expect(response.statusCode, response.body).toBe(201);
    paid.push({ ...p, amountSek: (response.json() as { amountSek: number }).amountSek });
  }
  // Adopted 2025 plans of A (by semester) and C (by year); a draft of E and an adopted 2024 plan of A do not count.
  for (const [key, periodKind] of [['A', 'semester'], ['C', 'year']] as const) {
    plans.set(key, (await insertPlan(t, { cooperationId: ids.get(key)!, year: 2025, periodKind })).indicators);
  }
  await insertPlan(t, { cooperationId: ids.get('E')!, year: 2025, status: 'draft' });
  await insertPlan(t, { cooperationId: ids.get('A')!, year: 2024 });
  await db.updateTable('plan_indicator').set({ assessment: 'partly', assessment_motivation: 'Hälften av parterna' }).where('id', '=', plans.get('A')!['Samverkan upplevs som meningsfull']!).execute();
  await db.updateTable('plan_indicator').set({ assessment: 'met', assessment_motivation: 'Alla parter' }).where('id', '=', plans.get('C')!['Samverkan upplevs som meningsfull']!).execute();
  for (const s of SHEETS) await saveSheet(s.key, s.period, null, s.cells);
  // A cluster's own sheet is part of the whole and must not be added to it.
  const clusterId = await insertCluster(t, ids.get('A')!);
  await saveSheet('A', '2025-H1', clusterId, [cell('Deltagare', 500), cell('Deltagare', 250, 'gender', 'women'), cell('Deltagare', 250, 'gender', 'men')]);
});
afterAll(() => t.close());

async function saveSheet(key: string, period: string, clusterId: string | null, cells: Cell[]) {
  const indicators = plans.get(key)!;
  const response = await t.as(officer, {
    method: 'PUT',
    url: `/api/cooperations/${ids.get(key)}/measurements`,
    payload: {
      period,
      clusterId,
      version: 0,
      cells: cells.map((c) => ({ indicatorId: indicators[c.indicator], dimension: c.dimension, category: c.category, value: c.value, unknown: c.value === null })),
    },
  });
  expect(response.statusCode, response.body).toBe(200);
}

const report = async (query: string): Promise<CommitteeReportView> => {
  const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CommitteeReportView;
};
const tableOf = (view: CommitteeReportView, section: string, table: string): ReportTable => {
  const found = view.sections.find((s) => s.key === section)?.tables.find((x) => x.key === table);
  if (!found) throw new Error(`no table ${section}/${table}`);
  return found;
};
const FORM_SV: Record<string, string> = { iop: 'Idéburet offentligt partnerskap (IOP)' };
const rowOf = (table: ReportTable, label: string) => {
  const row = table.rows.find((r) => r.cells[0] === label);
  if (!row) throw new Error(`no row ${label} in ${table.key}: ${JSON.stringify(table.rows.map((r) => r.cells[0]))}`);
  return row;
};
const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);

/** A cooperation's budget and outcome for 2025 as the test wrote them. */
function economyOf(c: Coop) {
  const budgets = c.agreements.flat().filter((b) => b.year === 2025);
  const outcomes = c.outcomes.filter((o) => o.year === 2025 && !o.removed);
  const budgetMoney = sum(budgets.map((b) => b.moneySek));
  const budgetInKind = sum(budgets.map((b) => b.inKindSek));
  const outcomeMoney = sum(outcomes.filter((o) => o.kind === 'money').map((o) => o.amountSek));
  const outcomeInKind = sum(outcomes.filter((o) => o.kind === 'in_kind').map((o) => o.amountSek));
  return { budgetMoney, budgetInKind, outcomeMoney, outcomeInKind, budget: budgetMoney + budgetInKind, outcome: outcomeMoney + outcomeInKind, has: budgets.length + outcomes.length > 0 };
}
const runningIn = (c: Coop, from: string, to: string) => c.activatedOn <= to && (c.endedOn === undefined || c.endedOn >= from);
const expectLinksMatch = async (table: ReportTable) => {
  let checked = 0;
  for (const row of table.rows) {
    for (const [i, link] of (row.links ?? []).entries()) {
      if (!link) continue;
      const list = await t.as(officer, { method: 'GET', url: `/api/cooperations?${new URLSearchParams(link.query)}` });
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().total, `${String(row.cells[0])} / ${table.columns[i]?.key}`).toBe(row.cells[i]);
      checked += 1;
    }
  }
  return checked;
};

describe('the economy section of the committee report (IOP-9, OVR-2)', () => {
  const expectEconomy = (view: CommitteeReportView, from: string, to: string, forms?: CooperationForm[]) => {
    const counted = COOPS.filter((c) => runningIn(c, from, to) && (!forms || forms.includes(c.form)));
    const withEconomy = counted.filter((c) => economyOf(c).has);
    const byCooperation = tableOf(view, 'economy', 'by-cooperation');
    const expected = withEconomy
      .map((c) => ({ c, e: economyOf(c) }))
      .sort((a, b) => b.e.budget - a.e.budget)
      .map(({ c, e }) => [caseNumbers.get(c.key), e.budget, e.outcome, e.outcome - e.budget]);
    expect(byCooperation.rows.map((r) => [r.cells[0], r.cells[3], r.cells[4], r.cells[5]])).toEqual(expected);
    expect(byCooperation.public).toBeFalsy();
    const byForm = tableOf(view, 'economy', 'by-form');
    expect(byForm.public).toBe(true);
    const figures = (cs: Coop[]) => {
      const es = cs.filter((c) => economyOf(c).has).map(economyOf);
      const f = (k: 'budgetMoney' | 'budgetInKind' | 'budget' | 'outcomeMoney' | 'outcomeInKind' | 'outcome') => sum(es.map((e) => e[k]));
      return [cs.length, es.length, f('budgetMoney'), f('budgetInKind'), f('budget'), f('outcomeMoney'), f('outcomeInKind'), f('outcome'), f('outcome') - f('budget')];
    };
    expect(byForm.rows.at(-1)?.cells.slice(1)).toEqual(figures(counted));
    expect(rowOf(byForm, FORM_SV.iop!).cells.slice(1)).toEqual(figures(counted.filter((c) => c.form === 'iop')));
    return byForm;
  };

  it('IOP-9: budget of the current agreement versions and live outcome of the year, per form and per cooperation', async () => {
    const byForm = expectEconomy(await report('year=2025'), '2025-01-01', '2025-12-31');
    expect(byForm.columns.filter((c) => c.kind === 'amount')).toHaveLength(7);
    expect(byForm.chart).toMatchObject({ kind: 'bar', seriesColumns: [5, 8] });
  });

  it('IOP-9: a filter by form and a period narrower than the year narrow the cooperations counted', async () => {
    expectEconomy(await report('year=2025&form=iop'), '2025-01-01', '2025-12-31', ['iop']);
    expectEconomy(await report('year=2025&from=2025-01-01&to=2025-06-30'), '2025-01-01', '2025-06-30');
  });

  it('OVR-2: every number of cooperations links to a list holding as many', async () => {
    for (const query of ['year=2025', 'year=2025&form=iop', 'year=2025&from=2025-01-01&to=2025-06-30']) {
      expect(await expectLinksMatch(tableOf(await report(query), 'economy', 'by-form'))).toBeGreaterThanOrEqual(4);
    }
  });

  it('IOP-9: the list selects the cooperations with a budget or an outcome in a year, and refuses a year that is not one', async () => {
    const list = await t.as(officer, { method: 'GET', url: '/api/cooperations?economyYear=2025&limit=100' });
    expect(list.statusCode, list.body).toBe(200);
    const expected = COOPS.filter((c) => economyOf(c).has).map((c) => caseNumbers.get(c.key));
    expect((list.json() as { items: { caseNumber: string }[] }).items.map((i) => i.caseNumber).sort()).toEqual(expected.sort());
    expect((await t.as(officer, { method: 'GET', url: '/api/cooperations?economyYear=tjugo' })).statusCode).toBe(400);
  });
});

describe('the VIDA section of the committee report (FRM-5, OVR-2)', () => {
  const expected = (halves: string[]) => {
    const of = (half: string) => paid.filter((p) => p.period === `2025-${half}`);
    const figures = (ps: typeof paid) => [ps.length, sum(ps.map((p) => p.participants)), sum(ps.map((p) => p.occasions)), sum(ps.map((p) => p.amountSek))];
    return [...halves.map((h) => figures(of(h))), figures(halves.flatMap(of))];
  };

  it('FRM-5: payouts, participants, occasions and amount of the year per semester, with a total', async () => {
    const table = tableOf(await report('year=2025'), 'vida', 'by-half');
    expect(table.rows.map((r) => r.cells.slice(1))).toEqual(expected(['spring', 'autumn']));
    expect(table.rows.map((r) => r.cells[0])).toEqual(['Våren 2025', 'Hösten 2025', 'Totalt']);
    expect(table.columns.map((c) => c.kind)).toEqual(['text', 'count', 'persons', 'count', 'amount']);
    expect(table.public).toBe(true);
    expect(paid.find((p) => p.period === '2025-spring')?.amountSek).toBeGreaterThan(0);
  });

  it('FRM-5: the spring period holds the spring payouts; a filter by form applies through the cooperation', async () => {
    expect(tableOf(await report('year=2025&from=2025-01-01&to=2025-06-30'), 'vida', 'by-half').rows.map((r) => r.cells.slice(1))).toEqual(expected(['spring']));
    expect(tableOf(await report('year=2025&form=iop'), 'vida', 'by-half').rows.at(-1)?.cells.slice(1)).toEqual([0, 0, 0, 0]);
    expect(tableOf(await report('year=2025&form=vida'), 'vida', 'by-half').rows.at(-1)?.cells.slice(1)).toEqual(expected(['spring', 'autumn']).at(-1));
  });
});

describe('the indicators section of the committee report (AGR-6, AGR-2, OVR-2)', () => {
  const TARGETS: Record<string, number> = { Deltagare: 400, 'Börjat arbeta': 120 };
  const ASSESSED: Record<string, 'Delvis' | 'Uppfyllt'> = { A: 'Delvis', C: 'Uppfyllt' };
  const QUALITATIVE = 'Samverkan upplevs som meningsfull';
  const FORM_OF = (key: string) => COOPS.find((c) => c.key === key)!.form;
  // The year's result of a count: the sum of the known values of the whole cooperation's periods read.
  const resultOf = (key: string, indicator: string, periods: string[], dimension: string | null = null, category: string | null = null) => {
    const values = SHEETS.filter((s) => s.key === key && periods.includes(s.period))
      .flatMap((s) => s.cells)
      .filter((c) => c.indicator === indicator && c.dimension === dimension && c.category === category && c.value !== null)
      .map((c) => c.value!);
    return values.length === 0 ? null : sum(values);
  };
  const expectedRows = (periods: string[], forms?: CooperationForm[]) =>
    ['A', 'C']
      .filter((key) => !forms || forms.includes(FORM_OF(key)))
      .sort((a, b) => caseNumbers.get(a)!.localeCompare(caseNumbers.get(b)!))
      .flatMap((key) => [
        ...['Deltagare', 'Börjat arbeta'].map((name) => {
          const result = resultOf(key, name, periods);
          return { key, name, result, met: result === null ? 'Ej mätt' : result >= TARGETS[name]! ? 'Ja' : 'Nej' };
        }),
        { key, name: QUALITATIVE, result: null, met: ASSESSED[key]! },
      ]);

  const expectIndicators = (view: CommitteeReportView, periods: string[], forms?: CooperationForm[]) => {
    const rows = expectedRows(periods, forms);
    // Indicators of one name are one row: how many, their targets and results summed, and how they fared.
    const against = tableOf(view, 'indicators', 'against-target');
    expect(against.public).toBeFalsy();
    const grouped = ['Deltagare', 'Börjat arbeta', QUALITATIVE]
      .map((name) => ({ name, members: rows.filter((r) => r.name === name) }))
      .filter((g) => g.members.length > 0)
      .sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name, 'sv'));
    const known = (values: (number | null)[]) => (values.some((v) => v !== null) ? sum(values.filter((v): v is number => v !== null)) : null);
    const n = (rs: typeof rows, texts: string[]) => rs.filter((r) => texts.includes(r.met)).length;
    expect(against.rows.map((r) => [r.cells[0], ...r.cells.slice(2)])).toEqual(
      grouped.map(({ name, members }) => [
        name,
        members.length,
        name === QUALITATIVE ? null : TARGETS[name]! * members.length,
        name === QUALITATIVE ? null : known(members.map((m) => m.result)),
        n(members, ['Ja', 'Uppfyllt']),
        n(members, ['Delvis']),
        n(members, ['Nej', 'Ej uppfyllt']),
        n(members, ['Ej mätt', 'Ej bedömt']),
      ]),
    );
    const summary = tableOf(view, 'indicators', 'summary');
    expect(summary.public).toBe(true);
    const counts = (rs: typeof rows) => [rs.length, n(rs, ['Ja', 'Uppfyllt']), n(rs, ['Delvis']), n(rs, ['Nej', 'Ej uppfyllt']), n(rs, ['Ej mätt', 'Ej bedömt'])];
    expect(summary.rows.at(-1)?.cells.slice(1)).toEqual(counts(rows));
    expect(rowOf(summary, FORM_SV.iop!).cells.slice(1)).toEqual(counts(rows.filter((r) => FORM_OF(r.key) === 'iop')));

    // Only A's "Deltagare" has gender cells: it is the one indicator counting persons.
    const byGender = tableOf(view, 'indicators', 'by-gender');
    expect(byGender).toMatchObject({ public: true, personBreakdown: { partColumns: [2, 3, 4, 5], totalColumn: 1, rowsAdditive: false } });
    expect(byGender.columns.map((c) => [c.label, c.kind])).toEqual([
      ['Indikator', 'text'],
      ['Totalt', 'persons'],
      ['Kvinnor', 'persons'],
      ['Män', 'persons'],
      ['Annat eller ej angivet', 'persons'],
      ['Uppgift saknas', 'persons'],
    ]);
    const gender = (category: string) => resultOf('A', 'Deltagare', periods, 'gender', category) ?? 0;
    const totalA = resultOf('A', 'Deltagare', periods)!;
    const given = gender('women') + gender('men') + gender('other');
    expect(byGender.rows.map((r) => r.cells)).toEqual([['Deltagare', totalA, gender('women'), gender('men'), gender('other'), totalA - given]]);
    const byGroup = tableOf(view, 'indicators', 'by-target-group');
    expect(byGroup.public).toBe(true);
    expect(byGroup.personBreakdown).toBeUndefined();
    const groups = ['newly_arrived_establishment', 'newly_arrived_other', 'youth_16_29', 'disability'];
    expect(byGroup.columns.slice(2).map((c) => c.key)).toEqual(groups);
    expect(byGroup.columns.every((c, i) => (i === 0 ? c.kind === 'text' : c.kind === 'persons'))).toBe(true);
    expect(byGroup.rows.map((r) => r.cells)).toEqual([['Deltagare', totalA, ...groups.map((g) => resultOf('A', 'Deltagare', periods, 'target_group', g))]]);
    return byGender;
  };

  it('AGR-6: results of the year against targets, with the breakdown by gender and by target group', async () => {
    const byGender = expectIndicators(await report('year=2025'), ['2025', '2025-H1', '2025-H2']);
    // The row the open statistics protect: 3 women, 40 men, 43 in all (the cluster's 500 are not added).
    expect(byGender.rows[0]?.cells.slice(1, 4)).toEqual([43, 3, 40]);
  });

  it('OVR-2, AGR-6: in the open statistics the 3 women are "färre än 5", and the men are withheld so the total cannot give them away', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/statistics?year=2025' });
    expect(response.statusCode, response.body).toBe(200);
    const published = response.json() as { sections: { key: string; tables: { key: string; rows: { cells: unknown[] }[] }[] }[] };
    const byGender = published.sections.find((s) => s.key === 'indicators')?.tables.find((x) => x.key === 'by-gender');
    const row = byGender?.rows.find((r) => r.cells[0] === 'Deltagare');
    expect(row?.cells).toEqual(['Deltagare', 43, { suppressed: true, label: 'färre än 5' }, { suppressed: true, label: 'dold uppgift' }, 0, 0]);
    // What a reader can work out: women + men = 43 − 0 − 0, with women 1–4, leaves more than one answer.
    const shown = (row?.cells.slice(2) ?? []).filter((c): c is number => typeof c === 'number');
    const possibleWomen = [1, 2, 3, 4].filter((women) => 43 - shown.reduce((a, b) => a + b, 0) - women >= 0);
    expect(possibleWomen.length).toBeGreaterThan(1);
    // Nothing of the report's per-cooperation tables is published.
    expect(published.sections.find((s) => s.key === 'economy')?.tables.map((x) => x.key)).toEqual(['by-form']);
  });

  it('AGR-2: a period narrower than the year reads the semesters within it; a filter by form narrows the plans', async () => {
    const spring = expectIndicators(await report('year=2025&from=2025-01-01&to=2025-06-30'), ['2025-H1']);
    expect(spring.rows[0]?.cells.slice(1, 4)).toEqual([20, 1, 19]);
    expectIndicators(await report('year=2025&form=iop'), ['2025', '2025-H1', '2025-H2'], ['iop']);
  });

  it('AGR-2: a share is judged by its latest period, not summed, and does not count persons', async () => {
    const id = plans.get('A')!['Deltagare']!;
    const db = t.database.db;
    const { unit, target } = await db.selectFrom('plan_indicator').select(['unit', 'target']).where('id', '=', id).executeTakeFirstOrThrow();
    await db.updateTable('plan_indicator').set({ unit: 'procent', target: 30 }).where('id', '=', id).execute();
    try {
      const view = await report('year=2025');
      const against = tableOf(view, 'indicators', 'against-target');
      // A's 20 % in the spring and 23 % in the autumn: the year's figure is 23 (not their sum, 43), short of the target 30.
      expect(against.rows.find((r) => r.cells[0] === 'Deltagare' && r.cells[1] === 'procent')?.cells.slice(2)).toEqual([1, null, null, 0, 0, 1, 0]);
      expect(against.rows.find((r) => r.cells[0] === 'Deltagare' && r.cells[1] !== 'procent')?.cells[2]).toBe(1);
      expect(tableOf(view, 'indicators', 'by-gender').rows).toEqual([]);
    } finally {
      await db.updateTable('plan_indicator').set({ unit, target }).where('id', '=', id).execute();
    }
  });

  it('AGR-6: a year without adopted plans says so and has no rows', async () => {
    const view = await report('year=2023');
    expect(tableOf(view, 'indicators', 'against-target')).toMatchObject({ rows: [], note: expect.stringContaining('inga antagna aktivitetsplaner') });
    expect(tableOf(view, 'indicators', 'by-gender').rows).toEqual([]);
    expect(tableOf(view, 'economy', 'by-cooperation').rows).toEqual([]);
  });
});
