import { parseCsv } from './csv';
import { SpreadsheetError } from './spreadsheet-error';
import type { Table } from './table';
import { readXlsx, type XlsxReadOptions } from './xlsx';

export type TableFormat = 'csv' | 'xlsx';

/** What an uploaded spreadsheet turned out to be, and its table. */
export type ReadTableResult = Table & { format: TableFormat; sheetName: string | null };

export type ReadTableOptions = XlsxReadOptions;

const startsWith = (bytes: Buffer, signature: number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Why bytes that are not XLSX cannot be read as CSV either, or undefined when they may be CSV. */
function nonCsvReason(bytes: Buffer): string | undefined {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy_xls_or_encrypted';
  if (startsWith(bytes, [0x50, 0x4b])) return 'corrupt_zip';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // Systems that "export to Excel" often send HTML or SpreadsheetML 2003 named .xls.
  const head = bytes.subarray(0, 256).toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '').trimStart();
  if (/^<(?:!doctype|html|table|\?xml)/i.test(head)) return 'markup';
  return undefined;
}

/**
 * Reads an uploaded CSV or XLSX file, chosen by its content rather than its name (which only
 * appears in errors), into headers and rows with their line numbers.
 */
export async function readTable(bytes: Buffer, fileName: string, options: ReadTableOptions = {}): Promise<ReadTableResult> {
  try {
    if (bytes.length === 0) throw new SpreadsheetError('empty_file');
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      const { sheetName, ...table } = await readXlsx(bytes, options);
      return { ...table, format: 'xlsx', sheetName };
    }
    const reason = nonCsvReason(bytes);
    if (reason !== undefined) throw new SpreadsheetError('unsupported_format', { reason });
    return { ...parseCsv(bytes, options), format: 'csv', sheetName: null };
  } catch (error) {
    if (error instanceof SpreadsheetError && fileName !== '') {
      throw new SpreadsheetError(error.code, { ...error.details, fileName });
    }
    throw error;
  }
}
