import { COOPERATION_FORMS, type CooperationForm } from '../../../shared/cooperations/forms';
import { formatSek, formatSekEn } from '../../../shared/cooperations/thresholds.rules';
import {
  type CommitteeReportQuery,
  REPORT_FIRST_YEAR,
  type ReportCell,
  type ReportColumnKind,
  type ReportListLink,
  type ReportTable,
} from '../../../shared/reports/committee-report.schemas';
import { type QueryValue, type UiLanguage, withQuery } from '../../api/client';
import type { ReportSearch } from './report.search';

/**
 * The year the report page opens with (OVR-2). The committee reads the report of a year early in
 * the next: in January and February the year just ended is the one that is asked for (and this
 * year holds hardly anything yet); from March on, this year so far.
 */
export function defaultReportYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() < 2 ? year - 1 : year;
}

/** The years a report can be asked for, newest first: this year back to the first year of the register. */
export function reportYears(today: Date): number[] {
  const now = today.getFullYear();
  return Array.from({ length: now - REPORT_FIRST_YEAR + 1 }, (_, i) => now - i);
}

/** The chosen forms of a comma-separated list, unknown ones (a hand-edited link) dropped. */
export function reportForms(value: string | undefined): CooperationForm[] {
  if (!value) return [];
  const forms = value.split(',').filter((f): f is CooperationForm => (COOPERATION_FORMS as readonly string[]).includes(f));
  return [...new Set(forms)];
}

/**
 * The address's filters as the API takes them: the year (or its default) and a period only when
 * it lies within that year, so a link kept from another year never asks for an impossible report.
 */
export function toReportQuery(search: ReportSearch, today: Date): CommitteeReportQuery {
  const year = search.year !== undefined && search.year <= today.getFullYear() ? search.year : defaultReportYear(today);
  const inYear = (date: string | undefined) => (date?.startsWith(`${year}-`) ? date : undefined);
  const forms = reportForms(search.form);
  const query: CommitteeReportQuery = { year };
  const from = inYear(search.from);
  const to = inYear(search.to);
  if (from) query.from = from;
  if (to) query.to = to;
  if (search.area) query.area = search.area;
  if (search.unitCode) query.unitCode = search.unitCode;
  if (forms.length > 0) query.form = forms;
  return query;
}

/** The query as URL parameters: forms as "a,b", which the API reads as a list. */
export function reportParams(query: CommitteeReportQuery): Record<string, QueryValue> {
  return {
    year: query.year,
    from: query.from,
    to: query.to,
    area: query.area,
    unitCode: query.unitCode,
    form: query.form && query.form.length > 0 ? query.form.join(',') : undefined,
  };
}

/** The address of the report as a download (`xlsx` or `pdf`) in the UI language; the browser sends the session cookie. */
export function reportExportHref(query: CommitteeReportQuery, format: 'xlsx' | 'pdf', lang: UiLanguage): string {
  return withQuery('/api/reports/committee/export', { format, ...reportParams(query), lang });
}

const numberFormats = {
  sv: { whole: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }), any: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }), percent: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) },
  en: { whole: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }), any: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }), percent: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) },
};

/**
 * A cell as the reader sees it, by its column's kind: counts and persons with thousands separators
 * ("1 234"), amounts in kronor ("1 234 kr" / "SEK 1,234"), percent with one decimal ("12,5 %"),
 * measured values with up to two decimals; an empty cell is a dash.
 */
export function formatReportCell(value: ReportCell, kind: ReportColumnKind, lang: UiLanguage): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'string' || kind === 'text') return String(value);
  const formats = numberFormats[lang];
  switch (kind) {
    case 'count':
    case 'persons':
      return formats.whole.format(value);
    case 'amount':
      return lang === 'en' ? formatSekEn(value) : formatSek(value);
    case 'percent':
      return lang === 'en' ? `${formats.percent.format(value)}%` : `${formats.percent.format(value)} %`;
    case 'number':
      return formats.any.format(value);
  }
}

/** The cooperation list's search (`/samverkan?…`) behind a figure: the link's query as it is. */
export function cooperationListSearch(link: ReportListLink): Record<string, string> {
  return { ...link.query };
}

export type ReportChartData = {
  /** One entry per category (total rows left out: they would dwarf the bars). */
  data: Record<string, string | number>[];
  dataKey: string;
  series: { name: string; label: string }[];
};

/** A table's chart as data for @mantine/charts, or null when the table has no chart or no rows to draw. */
export function reportChartData(table: ReportTable): ReportChartData | null {
  const chart = table.chart;
  if (!chart) return null;
  const category = table.columns[chart.categoryColumn];
  if (!category) return null;
  const series = chart.seriesColumns.flatMap((i) => {
    const column = table.columns[i];
    return column ? [{ index: i, name: `s${i}`, label: column.label }] : [];
  });
  const data = table.rows
    .filter((row) => !row.total)
    .map((row) => {
      const entry: Record<string, string | number> = { category: String(row.cells[chart.categoryColumn] ?? '') };
      for (const s of series) {
        const cell = row.cells[s.index];
        entry[s.name] = typeof cell === 'number' ? cell : 0;
      }
      return entry;
    });
  // A chart of nothing but zeros says less than its table: only the table is shown.
  if (data.length === 0 || series.length === 0 || data.every((entry) => series.every((s) => entry[s.name] === 0))) return null;
  return { data, dataKey: 'category', series: series.map(({ name, label }) => ({ name, label })) };
}

/**
 * The rows a table shows on screen: the first `limit` rows of figures and every total row (a
 * total is never hidden), and how many rows of figures are left out.
 */
export function visibleReportRows<R extends { total?: boolean | undefined }>(rows: readonly R[], limit: number): { rows: R[]; hidden: number } {
  let kept = 0;
  const shown = rows.filter((row) => {
    if (row.total) return true;
    kept += 1;
    return kept <= limit;
  });
  return { rows: shown, hidden: Math.max(0, kept - limit) };
}
