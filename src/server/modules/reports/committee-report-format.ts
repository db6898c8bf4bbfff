import type { CommitteeReportView, ReportCell, ReportColumnKind } from '../../../shared/reports/committee-report.schemas';
import type { Language } from '../../http/language';
import { formatDateForExport } from '../../lib/spreadsheet/cell-format';

/**
 * Shared wording and number formats of the committee report's downloads (OVR-2), so the workbook
 * and the printed report say the same things in the same words as the screen.
 */

/** The downloads' fixed texts in both languages. */
export const REPORT_TEXTS = {
  sv: {
    reportTitle: (year: number) => `Årsrapport om samverkan ${year}`,
    about: 'Om rapporten',
    committee: 'Nämnd',
    year: 'År',
    period: 'Period',
    area: 'Samverkansområde',
    unit: 'Enhet',
    forms: 'Samverkansformer',
    noFilter: 'Alla',
    generatedAt: 'Skapad',
    date: 'Datum',
    contents: 'Innehåll',
    sections: 'Avsnitt',
    requirements: 'Krav',
    sheet: 'Flik',
    page: (n: number, of: number) => `Sida ${n} av ${of}`,
    moreRows: (n: number) => `Ytterligare ${n} rader visas inte här. Excel-filen innehåller alla rader.`,
    moreCategories: (shown: number, all: number) => `Diagrammet visar de första ${shown} av ${all} kategorierna.`,
    chart: 'Diagram',
    noRows: 'Inga rader.',
  },
  en: {
    reportTitle: (year: number) => `Annual report on cooperation ${year}`,
    about: 'About the report',
    committee: 'Committee',
    year: 'Year',
    period: 'Period',
    area: 'Area',
    unit: 'Unit',
    forms: 'Forms of cooperation',
    noFilter: 'All',
    generatedAt: 'Generated',
    date: 'Date',
    contents: 'Contents',
    sections: 'Sections',
    requirements: 'Requirements',
    sheet: 'Sheet',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    moreRows: (n: number) => `A further ${n} rows are not shown here. The Excel file holds all rows.`,
    moreCategories: (shown: number, all: number) => `The chart shows the first ${shown} of ${all} categories.`,
    chart: 'Chart',
    noRows: 'No rows.',
  },
} as const;

/** The report's period and filters as label–value pairs, for the title page and the "about" sheet. */
export function reportFacts(view: CommitteeReportView, language: Language, timeZone: string): Array<[string, string]> {
  const t = REPORT_TEXTS[language];
  return [
    [t.committee, view.committeeName],
    [t.year, String(view.year)],
    [t.period, `${view.period.from} – ${view.period.to}`],
    [t.area, view.filters.area?.name ?? t.noFilter],
    [t.unit, view.filters.unit?.name ?? t.noFilter],
    [t.forms, view.filters.forms.length > 0 ? view.filters.forms.map((f) => f.name).join(', ') : t.noFilter],
    [t.generatedAt, generatedAtText(view, timeZone)],
  ];
}

/** When the figures were read, as wall-clock time in the register's zone (YYYY-MM-DD HH:MM). */
export function generatedAtText(view: CommitteeReportView, timeZone: string): string {
  const at = new Date(view.generatedAt);
  return Number.isNaN(at.getTime()) ? view.generatedAt : formatDateForExport(at, timeZone).slice(0, 16);
}

/** Whether a column of this kind holds numbers (drawn right-aligned, written as numeric cells). */
export function isNumericKind(kind: ReportColumnKind): boolean {
  return kind !== 'text';
}

// Spaces, not the no-break spaces Intl gives, so that the printed text reads back as it is written.
const grouped = (value: number, language: Language, decimals: { min: number; max: number }) =>
  value
    .toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE', { minimumFractionDigits: decimals.min, maximumFractionDigits: decimals.max })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-');

/**
 * A figure as text in the printed report: counts and persons as whole numbers with thousands
 * grouped, amounts in kronor, percent with one decimal (as on screen), other numbers with up to two
 * decimals; an empty cell is a dash, text (e.g. "färre än 5") stays as it is.
 */
export function formatFigure(value: ReportCell, kind: ReportColumnKind, language: Language): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '–';
  switch (kind) {
    case 'count':
    case 'persons':
      return grouped(value, language, { min: 0, max: 0 });
    case 'amount':
      return `${grouped(value, language, { min: 0, max: 0 })} kr`;
    case 'percent':
      return `${grouped(value, language, { min: 1, max: 1 })} %`;
    default:
      return grouped(value, language, { min: 0, max: 2 });
  }
}
