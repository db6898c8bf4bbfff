import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CommitteeReportView, ReportCell, ReportColumnKind, ReportSection } from '../../../shared/reports/committee-report.schemas';
import type { Language } from '../../http/language';
import { escapeFormula } from '../../lib/spreadsheet/formula-escape';
import { REPORT_TEXTS, reportFacts } from './committee-report-format';

/**
 * Number formats of the workbook (OVR-2). Percent stays the figure on screen (0–100 with one
 * decimal and a "%" sign as text of the format), not a fraction, so the cell holds the same number
 * as the screen and the JSON report.
 */
export const XLSX_NUMBER_FORMATS: Record<Exclude<ReportColumnKind, 'text'>, string> = {
  count: '#,##0',
  persons: '#,##0',
  amount: '#,##0 "kr"',
  percent: '0.0" %"',
  number: '#,##0.##',
};
const WHOLE_NUMBER_FORMAT = '#,##0';

// Excel's limits: a sheet name of at most 31 characters without these; text cells of at most 32,767 characters.
const MAX_SHEET_NAME = 31;
const MAX_CELL_TEXT = 32_767;

/** Sheet names Excel accepts, unique without regard to case, in the sections' order. */
export function reportSheetNames(aboutName: string, sections: readonly Pick<ReportSection, 'title' | 'key'>[]): string[] {
  const taken = new Set([aboutName.toLowerCase()]);
  return sections.map((section) => {
    const base =
      section.title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME).trim() ||
      section.key.slice(0, MAX_SHEET_NAME) ||
      'Avsnitt';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

type PlannedCell = { value: string | number | null; numFmt?: string; bold?: boolean };

const textCell = (text: string, bold = false): PlannedCell => ({ value: escapeFormula(text).slice(0, MAX_CELL_TEXT), bold });

function figureCell(value: ReportCell, kind: ReportColumnKind, bold: boolean): PlannedCell {
  if (value === null) return { value: null };
  if (typeof value === 'string' || kind === 'text') return textCell(String(value), bold);
  if (!Number.isFinite(value)) return { value: null };
  const numFmt = kind === 'number' && Number.isInteger(value) ? WHOLE_NUMBER_FORMAT : XLSX_NUMBER_FORMATS[kind];
  return { value, numFmt, bold };
}

/** A figure's width in characters as Excel shows it with its format, for fitting the column. */
function shownWidth(cell: PlannedCell): number {
  if (cell.value === null) return 0;
  if (typeof cell.value === 'string') return Math.max(...cell.value.split('\n').map((l) => l.length));
  const digits = Math.round(Math.abs(cell.value)).toString().length;
  const extra = cell.numFmt === XLSX_NUMBER_FORMATS.amount ? 3 : cell.numFmt === XLSX_NUMBER_FORMATS.percent ? 4 : cell.numFmt === WHOLE_NUMBER_FORMAT ? 0 : 3;
  return digits + Math.floor((digits - 1) / 3) + extra + (cell.value < 0 ? 1 : 0);
}

type SheetPlan = {
  widths: number[];
  /** The 1-based row of the first table's header, and the last row of its body. */
  firstHeader: number | null;
  firstLast: number;
  firstColumns: number;
};

/** A section's rows in sheet order (null for an empty row), made one at a time as they are written. */
function* sectionRows(section: ReportSection, language: Language): Generator<{ cells: PlannedCell[] | null; spans?: boolean; header?: boolean; tableStart?: number }> {
  yield { cells: [textCell(section.title, true)], spans: true };
  if (section.requirements.length > 0) yield { cells: [textCell(`${REPORT_TEXTS[language].requirements}: ${section.requirements.join(', ')}`)], spans: true };
  yield { cells: [textCell(section.description)], spans: true };
  yield { cells: null };
  for (const [t, table] of section.tables.entries()) {
    yield { cells: [textCell(table.title, true)], spans: true };
    yield { cells: table.columns.map((c) => textCell(c.label, true)), header: true, tableStart: t };
    for (const row of table.rows) {
      yield { cells: table.columns.map((column, i) => figureCell(row.cells[i] ?? null, column.kind, row.total === true)) };
    }
    if (table.note) yield { cells: [textCell(table.note)], spans: true };
    yield { cells: null };
  }
}

/**
 * Measures a section before anything is written: the streamed writer writes the frozen pane and
 * the column widths before the first row, so both must be known first. The rows are made again
 * when written rather than kept, so a long table is never held as cells.
 */
function planSection(section: ReportSection, language: Language): SheetPlan {
  const widths: number[] = [];
  let firstHeader: number | null = null;
  let number = 0;
  for (const row of sectionRows(section, language)) {
    number += 1;
    if (row.header && row.tableStart === 0) firstHeader = number;
    // Titles, descriptions and notes run across the sheet; the widths fit the tables only.
    if (!row.cells || row.spans) continue;
    row.cells.forEach((c, i) => {
      // Bold text and the filter button take room.
      widths[i] = Math.max(widths[i] ?? 0, shownWidth(c) + (row.header ? 4 : 1));
    });
  }
  const first = section.tables[0];
  const firstLast = firstHeader === null || !first ? 0 : firstHeader + first.rows.length;
  return { widths, firstHeader, firstLast, firstColumns: first?.columns.length ?? 0 };
}

/** Writes one planned row and lets it go, so a long table never stays in memory as cells. */
function writeRow(sheet: ExcelJS.Worksheet, number: number, cells: PlannedCell[]): void {
  const row = sheet.getRow(number);
  cells.forEach((planned, i) => {
    if (planned.value === null && !planned.bold) return;
    const cell = row.getCell(i + 1);
    cell.value = planned.value;
    if (planned.numFmt) cell.numFmt = planned.numFmt;
    if (planned.bold) cell.font = { bold: true };
  });
  row.commit();
}

const columnsOf = (widths: number[]) => widths.map((w) => ({ width: Math.min(60, Math.max(10, w)) }));

/**
 * The committee's report as an XLSX workbook (OVR-2): an "about" sheet with the committee, the
 * year, the period, the filters and when it was made; then one sheet per section with its tables —
 * title, bold header, numeric cells with formats, bold total rows, notes below. The first table's
 * header is frozen and filterable. The workbook is streamed: each row is written out as it is made.
 */
export function renderCommitteeReportXlsx(view: CommitteeReportView, options: { language: Language; timeZone: string }): Readable {
  const t = REPORT_TEXTS[options.language];
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Samverkan';
  workbook.created = new Date(view.generatedAt);
  const names = reportSheetNames(t.about, view.sections);

  const write = async () => {
    const about = workbook.addWorksheet(t.about);
    about.columns = columnsOf([Math.max(24, ...view.sections.map((s) => s.title.length + 1)), 60, 20]);
    const aboutRows: PlannedCell[][] = [
      [textCell(t.reportTitle(view.year), true)],
      [],
      ...reportFacts(view, options.language, options.timeZone).map(([label, value]) => [textCell(label, true), textCell(value)]),
      [],
      [textCell(t.sections, true), textCell(t.sheet, true), textCell(t.requirements, true)],
      ...view.sections.map((s, i) => [textCell(s.title), textCell(names[i] ?? ''), textCell(s.requirements.join(', '))]),
    ];
    aboutRows.forEach((cells, i) => writeRow(about, i + 1, cells));
    about.commit();

    view.sections.forEach((section, s) => {
      const plan = planSection(section, options.language);
      const ySplit = plan.firstHeader;
      const sheet = workbook.addWorksheet(names[s], {
        views: ySplit ? [{ state: 'frozen', xSplit: 0, ySplit, topLeftCell: `A${ySplit + 1}`, activeCell: `A${ySplit + 1}` }] : [],
      });
      sheet.columns = columnsOf(plan.widths.length > 0 ? plan.widths : [10]);
      if (ySplit && plan.firstColumns > 0) {
        sheet.autoFilter = { from: { row: ySplit, column: 1 }, to: { row: plan.firstLast, column: plan.firstColumns } };
      }
      let number = 0;
      for (const row of sectionRows(section, options.language)) {
        number += 1;
        if (row.cells) writeRow(sheet, number, row.cells);
      }
      sheet.commit();
    });
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** Reads a stream to its end, for tests and for callers that need the bytes. */
export async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
