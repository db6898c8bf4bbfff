import { describe, expect, it } from 'vitest';
import { cooperationListQuery, type ReportTable } from '../../../shared/reports/committee-report.schemas';
import { periodFilter, toCooperationQuery } from '../cooperations/cooperation.format';
import { validateCooperationSearch } from '../cooperations/cooperation.search';
import {
  cooperationListSearch,
  defaultReportYear,
  formatReportCell,
  reportChartData,
  reportExportHref,
  reportYears,
  toReportQuery,
  visibleReportRows,
} from './report.model';
import { validateReportSearch } from './report.search';

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('OVR-2: the report page opens with the year the committee asks for', () => {
  it('in January and February the year just ended, from March on this year so far', () => {
    expect(defaultReportYear(day('2026-01-15'))).toBe(2025);
    expect(defaultReportYear(day('2026-02-28'))).toBe(2025);
    expect(defaultReportYear(day('2026-03-01'))).toBe(2026);
    expect(defaultReportYear(day('2026-12-06'))).toBe(2026);
  });

  it('offers this year back to 2000, newest first', () => {
    const years = reportYears(day('2026-06-01'));
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2000);
    expect(years).toHaveLength(27);
  });

  it('asks the API for the address’s year, a period only within that year, and known forms only', () => {
    const today = day('2026-06-01');
    expect(toReportQuery({}, today)).toEqual({ year: 2026 });
    expect(toReportQuery({ year: 2030 }, today)).toEqual({ year: 2026 });
    expect(toReportQuery({ year: 2024, from: '2024-03-01', to: '2025-01-01', form: 'iop,nonsense,vida,iop', area: 'A1', unitCode: 'U1' }, today)).toEqual({
      year: 2024,
      from: '2024-03-01',
      area: 'A1',
      unitCode: 'U1',
      form: ['iop', 'vida'],
    });
  });

  it('cleans the address: a year outside 2000–2200 and dates that are not YYYY-MM-DD are left out', () => {
    expect(validateReportSearch({ year: '1999', from: '1/3/2025', to: '2025-12-31', form: ['iop', 'vida'], area: ' ' })).toEqual({ to: '2025-12-31', form: 'iop,vida' });
    expect(validateReportSearch({ year: 2025 })).toEqual({ year: 2025 });
  });

  it('the downloads carry the same query and the UI language', () => {
    const href = reportExportHref({ year: 2025, from: '2025-01-01', to: '2025-06-30', form: ['iop', 'vida'] }, 'xlsx', 'sv');
    expect(href).toBe('/api/reports/committee/export?format=xlsx&year=2025&from=2025-01-01&to=2025-06-30&form=iop%2Cvida&lang=sv');
    expect(reportExportHref({ year: 2024 }, 'pdf', 'en')).toBe('/api/reports/committee/export?format=pdf&year=2024&lang=en');
  });
});

describe('OVR-2: figures are written by the kind of their column', () => {
  it('counts and persons with Swedish thousands separators, amounts in kronor, percent with one decimal', () => {
    const nbsp = '\u00a0';
    expect(formatReportCell(1234, 'count', 'sv')).toBe(`1${nbsp}234`);
    expect(formatReportCell(1234567, 'persons', 'sv')).toBe(`1${nbsp}234${nbsp}567`);
    expect(formatReportCell(1234, 'amount', 'sv')).toBe('1 234 kr');
    expect(formatReportCell(1234, 'amount', 'en')).toBe('SEK 1,234');
    expect(formatReportCell(12.345, 'percent', 'sv')).toBe('12,3 %');
    expect(formatReportCell(50, 'percent', 'en')).toBe('50.0%');
    expect(formatReportCell(2.5, 'number', 'sv')).toBe('2,5');
    expect(formatReportCell(null, 'count', 'sv')).toBe('–');
    expect(formatReportCell('IOP', 'text', 'sv')).toBe('IOP');
  });
});

describe('OVR-2: a figure leads to the list of the cooperations behind it', () => {
  it('the list page takes the figure’s query as it is, and asks the API for the same period', () => {
    const link = cooperationListQuery('started', { from: '2025-01-01', to: '2025-12-31' }, { area: 'A1', form: ['iop', 'vida'] });
    const search = validateCooperationSearch(cooperationListSearch(link));
    expect(search).toEqual({ periodEvent: 'started', periodFrom: '2025-01-01', periodTo: '2025-12-31', area: 'A1', form: 'iop,vida' });
    const query = toCooperationQuery(search);
    expect(query).toMatchObject({ periodEvent: 'started', periodFrom: '2025-01-01', periodTo: '2025-12-31', area: 'A1', form: ['iop', 'vida'] });
  });

  it('IOP-9: the economy figure’s year (with a budget or an outcome) reaches the API, and a malformed year does not', () => {
    const link = cooperationListQuery('running', { from: '2025-01-01', to: '2025-12-31' }, {}, { economyYear: '2025' });
    const search = validateCooperationSearch(cooperationListSearch(link));
    expect(search.economyYear).toBe('2025');
    expect(toCooperationQuery(search)).toMatchObject({ periodEvent: 'running', economyYear: 2025 });
    expect(validateCooperationSearch({ economyYear: '20x5' })).toEqual({});
  });

  it('a period filter the API would refuse (a part missing, unknown event, reversed) is not sent', () => {
    expect(periodFilter({ periodEvent: 'running', periodFrom: '2025-01-01' })).toEqual({});
    expect(periodFilter({ periodEvent: 'happened', periodFrom: '2025-01-01', periodTo: '2025-12-31' })).toEqual({});
    expect(periodFilter({ periodEvent: 'ended', periodFrom: '2025-12-31', periodTo: '2025-01-01' })).toEqual({});
    expect(validateCooperationSearch({ periodFrom: '31/12/2025' })).toEqual({});
  });
});

describe('a long table on screen', () => {
  it('shows the first rows of figures and every total row, and says how many are left out', () => {
    const rows: ReportTable['rows'] = [...Array.from({ length: 250 }, (_, i) => ({ cells: [`r${i}`] })), { cells: ['Totalt'], total: true }];
    const { rows: shown, hidden } = visibleReportRows(rows, 100);
    expect(shown).toHaveLength(101);
    expect(shown.at(-1)?.total).toBe(true);
    expect(hidden).toBe(150);
    expect(visibleReportRows(rows, 1000).hidden).toBe(0);
  });
});

describe('every chart is drawn from its table', () => {
  it('draws no chart of nothing but zeros (the table says it)', () => {
    const zeros: ReportTable = {
      key: 'z',
      title: 'Noll',
      columns: [
        { key: 'half', label: 'Termin', kind: 'text' },
        { key: 'amount', label: 'Belopp', kind: 'amount' },
      ],
      rows: [{ cells: ['Våren', 0] }, { cells: ['Hösten', 0] }, { cells: ['Totalt', 0], total: true }],
      chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1] },
    };
    expect(reportChartData(zeros)).toBeNull();
    expect(reportChartData({ ...zeros, rows: [{ cells: ['Våren', 0] }, { cells: ['Hösten', 10] }] })).not.toBeNull();
  });

  const table: ReportTable = {
    key: 'by-form',
    title: 'Antal per form',
    columns: [
      { key: 'form', label: 'Form', kind: 'text' },
      { key: 'running', label: 'Pågående', kind: 'count' },
      { key: 'started', label: 'Nya', kind: 'count' },
    ],
    rows: [
      { cells: ['IOP', 3, 1] },
      { cells: ['VIDA', 2, null] },
      { cells: ['Totalt', 5, 1], total: true },
    ],
    chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2] },
  };

  it('one entry per category without the total row, one series per chosen column', () => {
    expect(reportChartData(table)).toEqual({
      dataKey: 'category',
      series: [
        { name: 's1', label: 'Pågående' },
        { name: 's2', label: 'Nya' },
      ],
      data: [
        { category: 'IOP', s1: 3, s2: 1 },
        { category: 'VIDA', s1: 2, s2: 0 },
      ],
    });
  });

  it('no chart without a chart definition or without rows', () => {
    expect(reportChartData({ ...table, chart: undefined })).toBeNull();
    expect(reportChartData({ ...table, rows: [] })).toBeNull();
  });
});
