// Policy, the same for CSV and XLSX exports: every text cell that starts like a formula gets a
// leading `'`. In XLSX a typed string cell is never evaluated, but a user who re-saves the sheet
// as CSV and opens it again would run it; escaping both keeps one rule and one round trip.
// Readers undo the prefix (`unescapeFormulas`, on by default), so export → edit → import
// returns the original text. The price: phone numbers such as "+46 8 508 000 00" and text such
// as "-5" show a leading ' in the exported file. Numbers are typed cells and never escaped.

// OWASP "CSV injection": a cell starting with one of these is run as a formula by Excel,
// LibreOffice or Google Sheets. The full-width forms are included because some locales'
// spreadsheet apps normalise them to their ASCII twins before evaluating.
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Whether a text cell would be evaluated as a formula by a spreadsheet application. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && formulaTriggers.has(text.charAt(0));
}

/**
 * Prefixes a text cell that a spreadsheet would treat as a formula with a single quote, as
 * OWASP recommends; harmless text such as `+46 8 508 000 00` or `-5` is escaped too, because
 * the only safe rule is one that does not guess intent (numbers are never passed here).
 */
export function escapeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Undoes {@link escapeFormula}, so a file exported here and imported again yields the original text. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}
