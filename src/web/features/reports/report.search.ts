/**
 * The committee report's filters as they appear in the page address, so a report can be linked
 * and survives reload. Like the other lists' search files this one only cleans values by hand:
 * it is in the first bundle (the router), which must stay small, so it does not pull in zod; the
 * page checks forms against the shared enum before asking the API, which validates again.
 */
export type ReportSearch = {
  year?: number;
  /** The period within the year, YYYY-MM-DD. */
  from?: string;
  to?: string;
  area?: string;
  unitCode?: string;
  /** Comma-separated forms, e.g. "iop,vida". */
  form?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, max: number): string | undefined {
  if (Array.isArray(value)) return text(value.filter((v) => typeof v === 'string').join(','), max);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
}

/** Keeps the known filters with sane values: a year from 2000 to 2200, dates as YYYY-MM-DD. */
export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const out: ReportSearch = {};
  const year = Number(search.year);
  if (Number.isInteger(year) && year >= 2000 && year <= 2200) out.year = year;
  const from = text(search.from, 10);
  if (from && ISO_DATE.test(from)) out.from = from;
  const to = text(search.to, 10);
  if (to && ISO_DATE.test(to)) out.to = to;
  const area = text(search.area, 100);
  if (area) out.area = area;
  const unitCode = text(search.unitCode, 100);
  if (unitCode) out.unitCode = unitCode;
  const form = text(search.form, 400);
  if (form) out.form = form;
  return out;
}
