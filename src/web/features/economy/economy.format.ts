import type { YearFiguresView } from '../../../shared/followup/economy.schemas';

/** Whole kronor in the UI language's style, e.g. "500 000 kr". */
export function formatKronor(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value);
}

/** The chart rows of a year: one per party, with its budget and outcome in kronor. */
export function chartRows(year: YearFiguresView): { party: string; budget: number; outcome: number }[] {
  return year.parties.map((p) => ({ party: p.organisationName, budget: p.budgetSek, outcome: p.outcomeSek }));
}

/** The year a page opens on: the current year when it has figures, else the latest year that has. */
export function defaultYear(years: readonly { year: number }[], currentYear: number): number | null {
  if (years.some((y) => y.year === currentYear)) return currentYear;
  return years.at(-1)?.year ?? null;
}

/**
 * A whole number of kronor typed by a person ("12 500", "12500"), or null when it is not one.
 * Spaces (also narrow and no-break ones) between thousands are allowed; decimals are not.
 */
export function parseKronor(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (!/^\d{1,10}$/.test(compact)) return null;
  return Number(compact);
}
