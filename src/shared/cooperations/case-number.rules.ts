/** A case number's parts: the registry prefix (e.g. `AMN`), the year and the sequence within it. */
export type CaseNumberParts = { prefix: string; year: number; sequence: number };

/**
 * Formats a case number as `<prefix> YYYY-NNNN` (DESIGN.md "Central model"): the sequence is
 * zero-padded to four digits and simply grows wider past 9999, so no number is ever refused.
 */
export function formatCaseNumber(parts: CaseNumberParts): string {
  return `${parts.prefix} ${String(parts.year).padStart(4, '0')}-${String(parts.sequence).padStart(4, '0')}`;
}

const caseNumberPattern = /^([\p{L}][\p{L}\d]*)\s*(\d{4})-(\d{1,9})$/u;

/**
 * Reads a case number as people type it (`AMN 2026-0012`, `amn 2026-12`, `AMN2026-0012`);
 * undefined when the text is not one. The prefix is returned in capitals.
 */
export function parseCaseNumber(text: string): CaseNumberParts | undefined {
  const match = caseNumberPattern.exec(text.trim());
  if (!match) return undefined;
  const [, prefix = '', year = '', sequence = ''] = match;
  const n = Number(sequence);
  if (n < 1) return undefined;
  return { prefix: prefix.toUpperCase(), year: Number(year), sequence: n };
}

/** Case numbers a search text names: one exactly, those starting with a text, or both. */
export type CaseNumberMatch = { exact: string | null; prefix: string | null };

/**
 * Recognises search text that names a case number (OVR-1), with or without the instance's
 * prefix: `AMN 2026-0012` is that number; `2026-12` is AMN 2026-0012 or any number starting
 * `AMN 2026-12`; `2026` or `AMN 2026-` is every number of 2026. Other text names none.
 */
export function caseNumberMatch(text: string, prefix: string): CaseNumberMatch | undefined {
  const upper = prefix.toUpperCase();
  const trimmed = text.trim();
  const match = /^(?:([\p{L}][\p{L}\d]*)\s*)?(\d{4})(?:-(\d{0,9}))?$/u.exec(trimmed);
  if (!match) return undefined;
  const [, typedPrefix, year = '', sequence] = match;
  if (typedPrefix !== undefined && typedPrefix.toUpperCase() !== upper) return undefined;
  if (sequence === undefined || sequence === '') return { exact: null, prefix: `${upper} ${year}-` };
  const exact = Number(sequence) >= 1 ? formatCaseNumber({ prefix: upper, year: Number(year), sequence: Number(sequence) }) : null;
  // Four or more digits are a whole number as written; fewer may also be the start of longer ones.
  return { exact, prefix: sequence.length >= 4 ? null : `${upper} ${year}-${sequence}` };
}
