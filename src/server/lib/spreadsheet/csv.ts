import { formatDateForExport, formatPlainNumber } from './cell-format';
import { escapeFormula } from './formula-escape';
import { SpreadsheetError } from './spreadsheet-error';
import { buildTable, type CellInput, type Table, type TableReadOptions, type TableRow } from './table';

export type CsvDelimiter = ';' | ',' | '\t';

export type CsvReadOptions = TableReadOptions & {
  /** Skip auto-detection (from a `sep=` line or the header line). */
  delimiter?: CsvDelimiter;
};

export type CsvWriteOptions = {
  /** Default `;`, what Swedish Excel expects. */
  delimiter?: CsvDelimiter;
  /** Default `,` when the delimiter is `;` (Swedish Excel reads "1,5" as a number, "1.5" as text or a date), else `.`. */
  decimalSeparator?: '.' | ',';
  /** IANA zone for Dates that carry a time; calendar dates (midnight UTC) are written as they are. Default `UTC`. */
  timeZone?: string;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Bytes 0x80–0x9F, where Windows-1252 differs from Latin-1 (WHATWG index-windows-1252).
// Node 20.18.3+ decodes TextDecoder('windows-1252') as Latin-1 (nodejs/node#60888), which
// would turn "€", "–" and curly quotes from Swedish Excel into control characters.
const windows1252High =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes Windows-1252 (Excel's "CSV" on Swedish Windows); every byte sequence is valid. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/g, (c) => windows1252High.charAt(c.charCodeAt(0) - 0x80));
}

/**
 * Decodes text bytes: UTF-16 when it has a BOM (Excel's "Unicode text"), UTF-8 when it has a
 * BOM (stripped) or is valid, otherwise Windows-1252, which every byte sequence decodes as.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // A BOM declares UTF-8; a stray bad byte then is damage, not a sign of Windows-1252.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

const candidates: CsvDelimiter[] = [';', '\t', ','];

/** Picks the delimiter that occurs most often outside quotes on the first line; ties favour `;`, then tab. */
export function detectDelimiter(text: string, start = 0): CsvDelimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes) counts.set(ch as string, (counts.get(ch as string) ?? 0) + 1);
  }
  let best: CsvDelimiter = ';';
  for (const d of candidates) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Splits CSV text into records (RFC 4180, leniently), each tagged with the line it starts on. */
function* csvRecords(text: string, delimiter: string, start: number, firstLine: number): Generator<TableRow> {
  const n = text.length;
  let i = start;
  let line = firstLine;
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let field = '';
    let atFieldStart = true;
    for (;;) {
      if (i >= n) {
        cells.push(field);
        break;
      }
      const ch = text[i] as string;
      if (ch === '"' && atFieldStart) {
        const openedOn = line;
        i += 1;
        for (;;) {
          if (i >= n) throw new SpreadsheetError('invalid_csv', { line: openedOn });
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === '\r' && text[i + 1] === '\n') {
            // Cells hold Excel's Alt+Enter line break, which is LF; CRLF here is the file's doing.
            field += '\n';
            i += 2;
            line += 1;
            continue;
          }
          if (c === '\n') line += 1;
          field += c;
          i += 1;
        }
        atFieldStart = false;
        continue;
      }
      if (ch === delimiter) {
        cells.push(field);
        field = '';
        atFieldStart = true;
        i += 1;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        cells.push(field);
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line += 1;
        break;
      }
      // Text after a closing quote, or a quote inside an unquoted field, is kept as Excel does.
      field += ch;
      atFieldStart = false;
      i += 1;
    }
    yield { line: recordLine, cells };
  }
}

/**
 * Parses CSV bytes as Excel writes them: encoding and delimiter detected, first line as
 * headers, blank rows skipped, each row tagged with the source line it starts on.
 */
export function parseCsv(bytes: Uint8Array, options: CsvReadOptions = {}): Table {
  const text = decodeText(bytes);
  // A NUL never occurs in text a person saved; this is a binary file (PDF, image, .xls, …).
  if (text.includes('\u0000')) throw new SpreadsheetError('unsupported_format', { reason: 'binary' });
  let start = 0;
  let headerLine = 1;
  let delimiter: string | undefined = options.delimiter;
  // Excel writes and honours a first line "sep=;" naming the delimiter.
  const sepLine = /^sep=([^\r\n"])(\r\n|\n|\r)/i.exec(text);
  if (sepLine) {
    delimiter ??= sepLine[1];
    start = sepLine[0].length;
    headerLine = 2;
  }
  delimiter ??= detectDelimiter(text, start);
  return buildTable(csvRecords(text, delimiter, start, headerLine), headerLine, options);
}

function csvField(value: CellInput, delimiter: string, decimalSeparator: string, timeZone: string): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') {
    text = Number.isFinite(value) ? formatPlainNumber(value) : '';
    if (decimalSeparator !== '.') text = text.replace('.', decimalSeparator);
  } else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : formatDateForExport(value, timeZone);
  else text = escapeFormula(String(value));
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV for Excel: UTF-8 with BOM, `;` and decimal comma by default, CRLF line
 * ends, quoting where needed, and text that would run as a formula prefixed with `'`.
 */
export function toCsv(headers: string[], rows: CellInput[][], options: CsvWriteOptions = {}): Buffer {
  const delimiter = options.delimiter ?? ';';
  const decimalSeparator = options.decimalSeparator ?? (delimiter === ';' ? ',' : '.');
  const timeZone = options.timeZone ?? 'UTC';
  const lines = [headers, ...rows].map((row) =>
    row.map((value) => csvField(value, delimiter, decimalSeparator, timeZone)).join(delimiter),
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
