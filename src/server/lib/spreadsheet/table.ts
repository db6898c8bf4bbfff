import { unescapeFormula } from './formula-escape';
import { SpreadsheetError } from './spreadsheet-error';

/** One data row: `line` is the 1-based line (CSV) or row number (XLSX) to cite as "rad 17". */
export type TableRow = { line: number; cells: string[] };

/** A read spreadsheet: trimmed header names and the non-empty data rows below them. */
export type Table = { headers: string[]; rows: TableRow[] };

/** A value that can be written to a cell; `null` is an empty cell. */
export type CellInput = string | number | null | Date;

export type TableReadOptions = {
  /** Data rows allowed (header excluded); more is `too_many_rows`. Default 50,000. */
  maxRows?: number;
  /** Strip the `'` that {@link escapeFormula} adds, so an exported file re-imports as it was. Default true. */
  unescapeFormulas?: boolean;
};

export const defaultMaxRows = 50_000;

const isBlank = (cell: string): boolean => cell.trim() === '';

/** The header name as users mean it: line breaks from wrapped Excel headers and extra spaces collapsed. */
export function cleanHeader(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/**
 * Builds a table from raw records in file order: the record on `headerLine` holds the headers
 * (a blank or missing one is `no_header`), blank rows are skipped, rows are padded to the
 * header width, and more than `maxRows` data rows is `too_many_rows`.
 */
export function buildTable(records: Iterable<TableRow>, headerLine: number, options: TableReadOptions = {}): Table {
  const maxRows = options.maxRows ?? defaultMaxRows;
  const unescape = options.unescapeFormulas ?? true;
  let headers: string[] | undefined;
  let headerMissing = false;
  const rows: TableRow[] = [];

  for (const record of records) {
    if (headers === undefined && !headerMissing) {
      const names = record.cells.map(cleanHeader);
      if (record.line !== headerLine || names.every((n) => n === '')) {
        headerMissing = true;
      } else {
        let width = names.length;
        // Excel leaves empty trailing header cells behind formatted columns; they name nothing.
        while (width > 0 && names[width - 1] === '') width -= 1;
        headers = names.slice(0, width).map((n) => (unescape ? unescapeFormula(n) : n));
        continue;
      }
    }
    if (record.cells.every(isBlank)) continue;
    if (headerMissing) throw new SpreadsheetError('no_header', { line: headerLine });
    if (rows.length >= maxRows) throw new SpreadsheetError('too_many_rows', { maxRows, line: record.line });
    const width: number = headers?.length ?? 0;
    const cells = unescape ? record.cells.map(unescapeFormula) : record.cells.slice();
    while (cells.length < width) cells.push('');
    rows.push({ line: record.line, cells });
  }

  if (headers === undefined) throw new SpreadsheetError('empty_file');
  return { headers, rows };
}
