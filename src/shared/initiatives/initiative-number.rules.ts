import { formatCaseNumber } from '../cooperations/case-number.rules';

/**
 * Initiatives carry a readable number of their own, `INI YYYY-NNNN`, gap-free per year like the
 * cooperations' case numbers: people refer to an initiative by it in meetings, minutes and when
 * a proposer asks about a proposal. The prefix keeps it apart from case numbers (`AMN …`) and
 * from the registry's numbers.
 */
export const INITIATIVE_NUMBER_PREFIX = 'INI';

/** An initiative's number as people read it, e.g. `INI 2026-0007` (wider past 9999, never refused). */
export function formatInitiativeNumber(year: number, sequence: number): string {
  return formatCaseNumber({ prefix: INITIATIVE_NUMBER_PREFIX, year, sequence });
}

/** The initiatives a search text names by number: one (`year` and `sequence`) or a whole year. */
export type InitiativeNumberMatch = { year: number; sequence: number | null };

/**
 * Recognises search text that names an initiative number: `INI 2026-0007`, `ini 2026-7` and
 * `2026-0007` name that initiative; `INI 2026` names every initiative of 2026. A bare year is
 * not taken as a number (it is as likely a word of a title). Other text names none.
 */
export function initiativeNumberMatch(text: string): InitiativeNumberMatch | undefined {
  const match = /^(?:(\p{L}+)\s*)?(\d{4})(?:-(\d{1,9}))?$/u.exec(text.trim());
  if (!match) return undefined;
  const [, prefix, year = '', sequence] = match;
  if (prefix !== undefined && prefix.toUpperCase() !== INITIATIVE_NUMBER_PREFIX) return undefined;
  if (sequence === undefined) return prefix === undefined ? undefined : { year: Number(year), sequence: null };
  const n = Number(sequence);
  return n >= 1 ? { year: Number(year), sequence: n } : undefined;
}
