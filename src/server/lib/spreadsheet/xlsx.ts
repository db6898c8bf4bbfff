import ExcelJS from 'exceljs';
import {
  formatDateForExport,
  formatSpreadsheetNumber,
  formatUtcWallClock,
  isCalendarDate,
  toZonedWallClock,
} from './cell-format';
import { escapeFormula } from './formula-escape';
import { SpreadsheetError } from './spreadsheet-error';
import { buildTable, defaultMaxRows, type CellInput, type Table, type TableReadOptions, type TableRow } from './table';
import { checkXlsxArchive } from './xlsx-archive';

export type XlsxReadOptions = TableReadOptions & {
  /** Decompressed size allowed for the whole workbook; more is `file_too_large`. Default 64 MiB. */
  maxUncompressedBytes?: number;
};

export type XlsxWriteOptions = {
  /** IANA zone for Dates that carry a time; calendar dates (midnight UTC) are written as they are. Default `UTC`. */
  timeZone?: string;
};

export const defaultMaxUncompressedBytes = 64 * 1024 * 1024;

// Excel's own limits: longer text is cut by Excel with a repair warning, more rows cannot open.
const maxCellTextLength = 32_767;
const maxSheetRows = 1_048_576;

/** A date cell as text: a time of day alone when Excel's serial is below one day, else the date (and time if any). */
function dateText(date: Date): string {
  // Excel serials are floats; 12:30 may come back as 12:29:59.999.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const excelEpoch = Date.UTC(1899, 11, 30);
  const sinceEpoch = rounded.getTime() - excelEpoch;
  if (sinceEpoch >= 0 && sinceEpoch < 86_400_000) return formatUtcWallClock(rounded, true).slice(11);
  return formatUtcWallClock(rounded);
}

/** Turns an exceljs cell value into the text a user sees, without number formatting. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatSpreadsheetNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text ?? '').join('');
  if ('hyperlink' in value) {
    // exceljs types text as string but gives rich text when the link text is formatted.
    const text = value.text as ExcelJS.CellValue;
    return text === undefined || text === null ? value.hyperlink : cellText(text);
  }
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('error' in value) return value.error;
  return '';
}

function* worksheetRecords(sheet: ExcelJS.Worksheet): Generator<TableRow> {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
  for (const row of rows) {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      // Like Excel's own CSV export, a merged range's value belongs to its top-left cell only.
      cells.push(cell.isMerged && cell.master !== cell ? '' : cellText(cell.value));
    }
    yield { line: row.number, cells };
  }
}

/**
 * Reads the first visible worksheet of an XLSX file: row 1 as headers, values as the text a
 * user sees (no thousand separators, dates as YYYY-MM-DD, formulas as their cached result).
 */
export async function readXlsx(
  bytes: Buffer,
  options: XlsxReadOptions = {},
): Promise<Table & { sheetName: string }> {
  const maxRows = options.maxRows ?? defaultMaxRows;
  await checkXlsxArchive(bytes, {
    maxRows,
    maxUncompressedBytes: options.maxUncompressedBytes ?? defaultMaxUncompressedBytes,
  });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy is cheap next to parsing.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new SpreadsheetError('unsupported_format', { reason: 'corrupt_xlsx' });
  }
  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
  if (!sheet) throw new SpreadsheetError('empty_file');
  return { ...buildTable(worksheetRecords(sheet), 1, { ...options, maxRows }), sheetName: sheet.name };
}

/** A sheet name Excel accepts: no `: \ / ? * [ ]`, no leading or trailing `'`, at most 31 characters. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

type XlsxCell = { value: string | number | Date | null; numFmt?: string; width: number };

function xlsxCell(value: CellInput, timeZone: string): XlsxCell {
  if (value === null || value === undefined) return { value: null, width: 0 };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { value, width: formatSpreadsheetNumber(value).length } : { value: null, width: 0 };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { value: null, width: 0 };
    if (isCalendarDate(value)) return { value, numFmt: 'yyyy-mm-dd', width: 10 };
    const width = formatDateForExport(value, timeZone).length;
    return { value: toZonedWallClock(value, timeZone), numFmt: 'yyyy-mm-dd hh:mm', width };
  }
  // A typed string cell never runs, but it would once the user re-saves the sheet as CSV.
  const text = escapeFormula(String(value)).slice(0, maxCellTextLength);
  const longestLine = Math.max(...text.split('\n').map((l) => l.length));
  return { value: text, width: longestLine };
}

/**
 * Writes rows as an XLSX workbook with one sheet: bold, frozen, filterable header row, fitted
 * column widths, numbers and dates as typed cells, and formula-like text escaped as in CSV.
 */
export async function toXlsx(
  sheetName: string,
  headers: string[],
  rows: CellInput[][],
  options: XlsxWriteOptions = {},
): Promise<Buffer> {
  if (rows.length + 1 > maxSheetRows) throw new SpreadsheetError('too_many_rows', { maxRows: maxSheetRows - 1 });
  const timeZone = options.timeZone ?? 'UTC';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const widths: number[] = [];
  const fit = (column: number, width: number): void => {
    widths[column] = Math.max(widths[column] ?? 0, width);
  };

  const headerRow = sheet.getRow(1);
  headers.forEach((header, i) => {
    const cell = xlsxCell(header, timeZone);
    headerRow.getCell(i + 1).value = cell.value;
    // Bold text and the filter button take room.
    fit(i, cell.width + 4);
  });
  headerRow.font = { bold: true };

  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, i) => {
      const cell = xlsxCell(value, timeZone);
      if (cell.value === null) return;
      const target = row.getCell(i + 1);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      fit(i, cell.width + 1);
    });
  });

  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, width));
  });
  const columnCount = Math.max(headers.length, widths.length);
  if (columnCount > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columnCount } };
  }
  const output = await workbook.xlsx.writeBuffer();
  return Buffer.isBuffer(output) ? output : Buffer.from(output);
}
