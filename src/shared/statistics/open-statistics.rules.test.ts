import { describe, expect, it } from 'vitest';
import type { CommitteeReportView, ReportTable } from '../reports/committee-report.schemas';
import { openStatisticsCsvRows, publishReport, publishTable } from './open-statistics.rules';
import { openStatisticsView, type PublishedCell, type PublishedTable } from './open-statistics.schemas';
import { findPartsDisclosures, findTableDisclosures, type StatisticCell } from './suppression.rules';

const ACCEPTANCE =
  "OVR-2, AGR-6 small-number protection: a target group with 3 women is shown as 'färre än 5' in open statistics, " +
  'and the suppressed value cannot be recovered by subtracting the shown parts from the shown total';

const columns: ReportTable['columns'] = [
  { key: 'group', label: 'Målgrupp', kind: 'text' },
  { key: 'women', label: 'Kvinnor', kind: 'persons' },
  { key: 'men', label: 'Män', kind: 'persons' },
  { key: 'other', label: 'Annat eller okänt', kind: 'persons' },
  { key: 'total', label: 'Totalt', kind: 'persons' },
];
const breakdown = (rowsAdditive: boolean) => ({ partColumns: [1, 2, 3], totalColumn: 4, rowsAdditive });

/** A persons table as a section would build it: one row per target group, a total row last. */
function personsTable(rows: [string, number, number, number][], rowsAdditive: boolean, total?: [number, number, number]): ReportTable {
  const sums = total ?? ([1, 2, 3].map((k) => rows.reduce((s, r) => s + (r[k] as number), 0)) as [number, number, number]);
  const line = (name: string, w: number, m: number, o: number) => [name, w, m, o, w + m + o];
  return {
    key: 'by-gender',
    title: 'Deltagare per målgrupp och kön',
    columns,
    rows: [...rows.map((r) => ({ cells: line(...r), links: [null, null, null, null, null] })), { cells: line('Totalt', ...sums), total: true }],
    public: true,
    personBreakdown: breakdown(rowsAdditive),
  };
}

/** Reads a published cell back as the suppression rules see it: the label tells a small count from a partner. */
function asStatistic(cell: PublishedCell, threshold: number): StatisticCell {
  if (cell !== null && typeof cell === 'object') return { suppressed: true, reason: cell.label === `färre än ${threshold}` ? 'small' : 'secondary' };
  return { value: cell as number };
}

/** Every value a reader of one published row could give its women cell, knowing a "färre än" cell is 1..threshold − 1. */
function possibleWomen(cells: PublishedCell[], threshold: number): number[] {
  const shown = (c: PublishedCell) => (typeof c === 'number' ? c : undefined);
  const total = shown(cells[4]!);
  if (total === undefined) return [-1, -2]; // no total shown: nothing to subtract from
  const known = [2, 3].map((c) => shown(cells[c]!));
  const rest = total - known.reduce<number>((s, v) => s + (v ?? 0), 0);
  const unknownOthers = known.filter((v) => v === undefined).length;
  const options: number[] = [];
  for (let w = 1; w < threshold; w += 1) if (unknownOthers > 0 ? rest - w >= 0 : rest === w) options.push(w);
  return options;
}

describe('publishTable (OVR-2, AGR-6)', () => {
  it(`${ACCEPTANCE} (rows not additive: each row protected on its own)`, () => {
    const published = publishTable(personsTable([['Unga 16–29 år', 3, 40, 0], ['Nyanlända', 12, 9, 0]], false), 5, 'sv');
    const row = published.rows[0]!.cells;
    expect(row).toEqual(['Unga 16–29 år', { suppressed: true, label: 'färre än 5' }, { suppressed: true, label: 'dold uppgift' }, 0, 43]);
    expect(possibleWomen(row, 5).length).toBeGreaterThan(1);
    const parts = { parts: [1, 2, 3].map((c) => asStatistic(row[c]!, 5)), total: asStatistic(row[4]!, 5) };
    expect(findPartsDisclosures(parts, 5)).toEqual([]);
    expect(published.rows[1]!.cells).toEqual(['Nyanlända', 12, 9, 0, 21]);
    // The total row is not the sum of overlapping groups, and with the rows it could give a count away.
    expect(published.rows.some((r) => r.total)).toBe(false);
  });

  it(`${ACCEPTANCE} (rows additive: the whole table with its margins)`, () => {
    const published = publishTable(personsTable([['Område A', 3, 40, 0], ['Område B', 12, 9, 1], ['Område C', 20, 25, 0]], true), 5, 'sv');
    const grid = published.rows.map((r) => r.cells.slice(1));
    expect(grid[0]![0]).toEqual({ suppressed: true, label: 'färre än 5' });
    expect(grid[0]![1]).toEqual({ suppressed: true, label: 'dold uppgift' });
    expect(published.rows.at(-1)).toMatchObject({ total: true });
    const table = {
      cells: grid.slice(0, -1).map((r) => r.slice(0, 3).map((c) => asStatistic(c, 5))),
      rowTotals: grid.slice(0, -1).map((r) => asStatistic(r[3]!, 5)),
      columnTotals: grid.at(-1)!.slice(0, 3).map((c) => asStatistic(c, 5)),
      grandTotal: asStatistic(grid.at(-1)![3]!, 5),
    };
    expect(findTableDisclosures(table, 5)).toEqual([]);
    expect(possibleWomen(published.rows[0]!.cells, 5).length).toBeGreaterThan(1);
  });

  it('OVR-2: the threshold setting decides what is withheld and the label says it', () => {
    const at3 = publishTable(personsTable([['Unga', 2, 40, 0], ['Nyanlända', 3, 9, 0]], false), 3, 'sv');
    expect(at3.rows[0]!.cells[1]).toEqual({ suppressed: true, label: 'färre än 3' });
    expect(at3.rows[1]!.cells).toEqual(['Nyanlända', 3, 9, 0, 12]);
    const en = publishTable(personsTable([['Youth', 2, 40, 0]], false), 5, 'en');
    expect(en.rows[0]!.cells.slice(1, 3)).toEqual([{ suppressed: true, label: 'fewer than 5' }, { suppressed: true, label: 'withheld' }]);
  });

  it('AGR-6: a persons cell outside a breakdown gets primary suppression alone, and a share in its row goes with it', () => {
    const table: ReportTable = {
      key: 'participants',
      title: 'Deltagare',
      columns: [
        { key: 'indicator', label: 'Indikator', kind: 'text' },
        { key: 'persons', label: 'Deltagare', kind: 'persons' },
        { key: 'share', label: 'Andel av målet', kind: 'percent' },
        { key: 'count', label: 'Samverkan', kind: 'count' },
      ],
      rows: [{ cells: ['A', 3, 30, 2] }, { cells: ['B', 0, 0, 1] }, { cells: ['C', 7, 70, 4] }, { cells: ['D', null, null, 0] }],
      public: true,
    };
    expect(publishTable(table, 5, 'sv').rows.map((r) => r.cells)).toEqual([
      ['A', { suppressed: true, label: 'färre än 5' }, { suppressed: true, label: 'dold uppgift' }, 2],
      ['B', 0, 0, 1],
      ['C', 7, 70, 4],
      ['D', null, null, 0],
    ]);
  });

  it('AGR-6, FRM-5: VIDA participants by semester are protected as one column, and the amounts paid per participant follow them', () => {
    const table: ReportTable = {
      key: 'by-half',
      title: 'VIDA-utbetalningar per termin',
      columns: [
        { key: 'half', label: 'Termin', kind: 'text' },
        { key: 'payouts', label: 'Utbetalningar', kind: 'count' },
        { key: 'participants', label: 'Deltagare', kind: 'persons' },
        { key: 'amount', label: 'Belopp (kr)', kind: 'amount' },
      ],
      rows: [
        { cells: ['Vårtermin', 1, 3, 3 * 10 * 150] },
        { cells: ['Hösttermin', 4, 40, 40 * 10 * 150] },
        { cells: ['Totalt', 5, 43, 43 * 10 * 150], total: true },
      ],
      public: true,
      personBreakdown: { partColumns: [2], totalColumn: null, rowsAdditive: true },
    };
    const withheld = (label: string) => ({ suppressed: true, label });
    expect(publishTable(table, 5, 'sv').rows.map((r) => r.cells)).toEqual([
      ['Vårtermin', 1, withheld('färre än 5'), withheld('dold uppgift')],
      ['Hösttermin', 4, withheld('dold uppgift'), withheld('dold uppgift')],
      ['Totalt', 5, 43, 43 * 10 * 150],
    ]);
  });

  it('OVR-2: a breakdown that does not add up is withheld whole rather than risked', () => {
    const broken = personsTable([['Unga', 3, 40, 0]], true, [3, 41, 0]);
    const published = publishTable(broken, 5, 'sv');
    for (const row of published.rows) for (const c of [1, 2, 3, 4]) expect(row.cells[c]).toEqual({ suppressed: true, label: 'dold uppgift' });
  });
});

describe('publishReport (OVR-2)', () => {
  const view: CommitteeReportView = {
    committeeName: 'Arbetsmarknadsnämnden',
    year: 2025,
    period: { from: '2025-01-01', to: '2025-12-31' },
    filters: { area: null, unit: null, forms: [] },
    generatedAt: '2026-01-15T10:00:00.000Z',
    sections: [
      {
        key: 'indicators',
        title: 'Indikatorer',
        requirements: ['AGR-6'],
        description: 'Resultat.',
        tables: [
          { ...personsTable([['Unga', 3, 40, 0]], false), chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2] } },
          { key: 'internal', title: 'Intern', columns: [{ key: 'n', label: 'Namn', kind: 'text' }], rows: [{ cells: ['Maja Chefsson'] }] },
        ],
      },
      { key: 'internal-only', title: 'Intern', requirements: [], description: '', tables: [{ key: 't', title: 't', columns: [], rows: [] }] },
    ],
  };

  it('OVR-2: publishes the public tables only, without links, charts or the breakdown, and fits the strict schema', () => {
    const doc = publishReport(view, 5, 'sv');
    expect(openStatisticsView.parse(doc)).toEqual(doc);
    expect(doc.sections.map((s) => s.key)).toEqual(['indicators']);
    const table = doc.sections[0]!.tables as PublishedTable[];
    expect(table.map((t) => t.key)).toEqual(['by-gender']);
    expect(Object.keys(table[0]!).sort()).toEqual(['columns', 'key', 'rows', 'title']);
    expect(JSON.stringify(doc)).not.toContain('Maja');
    expect(doc).toMatchObject({ year: 2025, threshold: 5, language: 'sv', period: { from: '2025-01-01', to: '2025-12-31' } });
  });

  it('OVR-2: the CSV long format holds one line per figure, the label and a flag where withheld', () => {
    const { headers, rows } = openStatisticsCsvRows(publishReport(view, 5, 'sv'));
    expect(headers).toEqual(['År', 'Avsnitt', 'Tabell', 'Rad', 'Kolumn', 'Värde', 'Dold']);
    expect(rows).toEqual([
      [2025, 'Indikatorer', 'Deltagare per målgrupp och kön', 'Unga', 'Kvinnor', 'färre än 5', 1],
      [2025, 'Indikatorer', 'Deltagare per målgrupp och kön', 'Unga', 'Män', 'dold uppgift', 1],
      [2025, 'Indikatorer', 'Deltagare per målgrupp och kön', 'Unga', 'Annat eller okänt', 0, 0],
      [2025, 'Indikatorer', 'Deltagare per målgrupp och kön', 'Unga', 'Totalt', 43, 0],
    ]);
  });
});
