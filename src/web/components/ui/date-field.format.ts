/** How dates are written in the date fields: ISO 8601, as Swedish officials write them, in both languages. */
export function dateFormatHint(language: 'sv' | 'en'): string {
  return language === 'en' ? 'YYYY-MM-DD' : 'ÅÅÅÅ-MM-DD';
}

// Month names people type, in Swedish and English, full or shortened.
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date as YYYY-MM-DD when it exists (no 30 February) and lies in 1900–2200; otherwise null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A typed date read the same way whatever the browser's language: year first (2026-03-05,
 * 2026-3-5, 20260305, 2026/03/05, 2026.03.05) or day and month name (5 mars 2026, 5 Mar 2026).
 * Day-month-year in digits (05/03/2026) is refused on purpose: it means different days in
 * different countries. Returns YYYY-MM-DD, or null when the text is not a date.
 */
export function parseDateText(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  let m = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:\.|:e|st|nd|rd|th)?\s+([a-zåäö]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2] ?? ''];
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([a-zåäö]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1] ?? ''];
    return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
