/**
 * Why a spreadsheet could not be read. Suggested HTTP mapping for callers:
 * `unsupported_format` → 415; `file_too_large` → 413; the others → 400.
 */
export type SpreadsheetErrorCode =
  | 'unsupported_format'
  | 'empty_file'
  | 'no_header'
  | 'too_many_rows'
  | 'file_too_large'
  | 'invalid_csv';

export type SpreadsheetErrorDetails = {
  /** 1-based line (CSV) or row number (XLSX) the problem was found on. */
  line?: number;
  /** The row limit that was exceeded (`too_many_rows`). */
  maxRows?: number;
  /** The decompressed size limit that was exceeded (`file_too_large`). */
  maxBytes?: number;
  /** A short machine-readable hint, e.g. `legacy_xls`, `ods`, `pdf`, `corrupt_zip`. */
  reason?: string;
  /** The uploaded file's name, when the caller gave one. */
  fileName?: string;
};

const messages: Record<SpreadsheetErrorCode, string> = {
  unsupported_format: 'The file is neither CSV nor XLSX',
  empty_file: 'The file contains no data',
  no_header: 'The first row must hold the column headers',
  too_many_rows: 'The file has more rows than allowed',
  file_too_large: 'The file is too large once decompressed',
  invalid_csv: 'The CSV file has a quoted field that is never closed',
};

/** An expected failure to read a spreadsheet, with a code the HTTP layer maps to a problem response. */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
  constructor(
    readonly code: SpreadsheetErrorCode,
    readonly details: SpreadsheetErrorDetails = {},
  ) {
    super(details.line === undefined ? messages[code] : `${messages[code]} (line ${details.line})`);
  }
}
