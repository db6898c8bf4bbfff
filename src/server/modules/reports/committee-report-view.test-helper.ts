import type { CommitteeReportView, ReportSection } from '../../../shared/reports/committee-report.schemas';

/**
 * A hand-built report for the renderers' tests: several sections, every kind of column, total
 * rows, notes, empty cells, text where a figure would be, a formula-like text, the three kinds of
 * chart, two sections whose titles clash as sheet names, and a table longer than the PDF prints.
 */
export function sampleReportView(options: { longRows?: number } = {}): CommitteeReportView {
  const longRows = options.longRows ?? 230;
  const economy: ReportSection = {
    key: 'economy',
    title: 'Ekonomi: budget/utfall [kr]',
    requirements: ['OVR-2', 'IOP-9'],
    description: 'Budget och utfall per samverkansform under perioden.',
    tables: [
      {
        key: 'budget',
        title: 'Budget och utfall per form',
        columns: [
          { key: 'form', label: 'Samverkansform', kind: 'text' },
          { key: 'budget', label: 'Budget', kind: 'amount' },
          { key: 'outcome', label: 'Utfall', kind: 'amount' },
          { key: 'share', label: 'Andel av budget', kind: 'percent' },
        ],
        rows: [
          { cells: ['Idéburet offentligt partnerskap (IOP)', 1_250_000, 1_100_500, 88] },
          { cells: ['Värdeskapande insatser (VIDA)', 300_000, 345_000, 115] },
          { cells: ['=SUM(A1)', 0, null, null] },
          { cells: ['Totalt', 1_550_000, 1_445_500, 93.3], total: true },
        ],
        chart: { kind: 'stacked-bar', categoryColumn: 0, seriesColumns: [1, 2] },
        note: 'Utfallet avser utbetalningar bokförda under perioden.',
      },
      {
        key: 'by-month',
        title: 'Utbetalningar per månad',
        columns: [
          { key: 'month', label: 'Månad', kind: 'text' },
          { key: 'paid', label: 'Utbetalt', kind: 'amount' },
          { key: 'payouts', label: 'Antal utbetalningar', kind: 'count' },
        ],
        rows: ['jan', 'feb', 'mar', 'apr'].map((m, i) => ({ cells: [m, 10_000 * (i + 1), i + 2] })),
        chart: { kind: 'line', categoryColumn: 0, seriesColumns: [1] },
      },
    ],
  };
  const indicators: ReportSection = {
    key: 'indicators',
    title: 'Indikatorer och målgrupper i samverkan under perioden',
    requirements: ['OVR-2', 'AGR-6'],
    description: 'Deltagare per målgrupp och kön, och indikatorernas utfall mot mål.',
    tables: [
      {
        key: 'participants',
        title: 'Deltagare per målgrupp',
        columns: [
          { key: 'group', label: 'Målgrupp', kind: 'text' },
          { key: 'women', label: 'Kvinnor', kind: 'persons' },
          { key: 'men', label: 'Män', kind: 'persons' },
          { key: 'total', label: 'Totalt', kind: 'persons' },
        ],
        rows: [
          { cells: ['Unga vuxna', 1_234, 987, 2_221] },
          { cells: ['Nyanlända', 'färre än 5', 12, 15] },
          { cells: ['Totalt', 1_237, 999, 2_236], total: true },
        ],
        chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2] },
        personBreakdown: { partColumns: [1, 2], totalColumn: 3, rowsAdditive: false },
      },
      {
        key: 'results',
        title: 'Indikatorer mot mål',
        columns: [
          { key: 'indicator', label: 'Indikator', kind: 'text' },
          { key: 'target', label: 'Mål', kind: 'number' },
          { key: 'value', label: 'Utfall', kind: 'number' },
        ],
        rows: [
          { cells: ['Andel i arbete efter sex månader', 40, 37.25] },
          { cells: ['Genomsnittlig tid till arbete (veckor)', 12.5, 14] },
        ],
      },
    ],
  };
  // A second section whose title shortens to the same 31 characters as the one above.
  const indicatorsAgain: ReportSection = {
    key: 'indicators-districts',
    title: 'Indikatorer och målgrupper i samverkan per stadsdel',
    requirements: ['AGR-9'],
    description: 'Samverkan per stadsdel under perioden; en lång tabell.',
    tables: [
      {
        key: 'districts',
        title: 'Samverkan per stadsdel',
        columns: [
          { key: 'district', label: 'Stadsdel', kind: 'text' },
          { key: 'running', label: 'Pågående', kind: 'count' },
        ],
        rows: [
          ...Array.from({ length: longRows }, (_, i) => ({ cells: [`Stadsdel ${i + 1}`, 1_000 + i] })),
          { cells: ['Totalt', Array.from({ length: longRows }, (_, i) => 1_000 + i).reduce((a, b) => a + b, 0)], total: true },
        ],
        note: 'Varje samverkan räknas i varje stadsdel den verkar i.',
        chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1] },
      },
      { key: 'empty', title: 'Tabell utan rader', columns: [{ key: 'x', label: 'X', kind: 'count' }], rows: [], note: 'Inga uppgifter under perioden.' },
    ],
  };
  return {
    committeeName: 'Arbetsmarknadsnämnden',
    year: 2025,
    period: { from: '2025-01-01', to: '2025-06-30' },
    filters: {
      area: { code: 'arbete', name: 'Arbete och sysselsättning' },
      unit: null,
      forms: [
        { code: 'iop', name: 'Idéburet offentligt partnerskap (IOP)' },
        { code: 'vida', name: 'Värdeskapande insatser (VIDA)' },
      ],
    },
    generatedAt: '2026-12-06T11:30:00.000Z',
    sections: [economy, indicators, indicatorsAgain],
  };
}
