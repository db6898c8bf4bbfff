import { z } from 'zod';
import type { COOPERATION_PERIOD_EVENTS } from '../cooperations/cooperation.schemas';
import { COOPERATION_FORMS } from '../cooperations/forms';

/**
 * The committee's yearly report (OVR-2, issue 13): what cooperation exists, in which forms, with
 * whom, for which target groups, and what it achieved. The report is a list of sections; each
 * section holds tables, and a table may be drawn as a chart. The screen, the Excel workbook, the
 * printed PDF and the open statistics all render this one model, so they cannot disagree.
 */

/** The first year a report can be asked for; earlier years hold no records of this register. */
export const REPORT_FIRST_YEAR = 2000;

const isoDate = z.iso.date({ error: 'validation.date' });
const code = z.string().trim().min(1, { error: 'validation.required' }).max(100);
// A query string holds one value as a string and repeated ones as an array; "a,b" also works.
const formList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v),
  z.array(z.enum(COOPERATION_FORMS)).max(20),
);

/**
 * What a report covers: a year, optionally a period within it (`from`–`to`, both inside the year),
 * and filters by area (with its sub-areas), unit and form. The year's upper bound (this year) and
 * the period's place in the year are checked by the service, which knows today's date.
 */
export const committeeReportQuery = z.strictObject({
  year: z.coerce.number({ error: 'validation.report.year' }).int({ error: 'validation.report.year' }).min(REPORT_FIRST_YEAR, { error: 'validation.report.year' }).max(2200, { error: 'validation.report.year' }),
  from: isoDate.optional(),
  to: isoDate.optional(),
  area: code.optional(),
  unitCode: code.optional(),
  form: formList.optional(),
});
export type CommitteeReportQuery = z.infer<typeof committeeReportQuery>;

/** The report as a download: the same query with the file's language (a link cannot send Accept-Language). */
export const committeeReportDownloadQuery = committeeReportQuery.extend({ lang: z.enum(['sv', 'en']).optional() });
export type CommitteeReportDownloadQuery = z.infer<typeof committeeReportDownloadQuery>;

/**
 * What a column holds, which decides how every renderer writes it: `text`; `count` of things
 * (cooperations, meetings, deviations); `persons`, a count of people, which the open statistics
 * protect when small (AGR-6); `amount` in Swedish kronor; `percent` (0–100); `number` (a measured
 * value or a target in the indicator's own unit).
 */
export const REPORT_COLUMN_KINDS = ['text', 'count', 'persons', 'amount', 'percent', 'number'] as const;
export type ReportColumnKind = (typeof REPORT_COLUMN_KINDS)[number];

export const reportColumn = z.object({ key: z.string(), label: z.string(), kind: z.enum(REPORT_COLUMN_KINDS) });
export type ReportColumn = z.infer<typeof reportColumn>;

/** The register's list behind a figure: the cooperation overview's query (`/samverkan?…`). */
export const reportListLink = z.object({
  list: z.literal('cooperations'),
  query: z.record(z.string(), z.string()),
});
export type ReportListLink = z.infer<typeof reportListLink>;

export const reportCell = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof reportCell>;

/**
 * One row: its cells in column order; `links` (same order, null where none) lead from a figure to
 * the cooperations behind it; a `total` row sums the rows above it and is drawn apart.
 */
export const reportRow = z.object({
  cells: z.array(reportCell),
  links: z.array(reportListLink.nullable()).optional(),
  total: z.boolean().optional(),
});
export type ReportRow = z.infer<typeof reportRow>;

/** How a table is drawn as a chart: the category column and the series (columns of numbers). */
export const reportChart = z.object({
  kind: z.enum(['bar', 'stacked-bar', 'line']),
  categoryColumn: z.number().int().min(0),
  seriesColumns: z.array(z.number().int().min(0)).min(1),
});
export type ReportChart = z.infer<typeof reportChart>;

export const reportTable = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(reportColumn),
  rows: z.array(reportRow),
  chart: reportChart.optional(),
  /** Said under the table: how the figures were counted, or why there are none. */
  note: z.string().optional(),
  /**
   * Published in the open statistics too (OVR-2): aggregated figures only, no free text and no
   * names of persons. Tables without it stay inside the administration.
   */
  public: z.boolean().optional(),
  /**
   * For a table of persons (AGR-6): the columns that are parts (e.g. women, men, other/unknown) and
   * the column that is their total (or null), so the open statistics protect small counts. With
   * `rowsAdditive` the rows are parts of the total row (each person in one row) and the table is
   * protected as a whole; otherwise (a person may be in several target groups) each row is
   * protected on its own and the total row is not published.
   */
  personBreakdown: z
    .object({ partColumns: z.array(z.number().int().min(0)).min(1), totalColumn: z.number().int().min(0).nullable(), rowsAdditive: z.boolean() })
    .optional(),
});
export type ReportTable = z.infer<typeof reportTable>;

export const reportSection = z.object({
  key: z.string(),
  title: z.string(),
  /** The requirement ids the section answers (e.g. OVR-2, AGR-6). */
  requirements: z.array(z.string()),
  /** One or two sentences that say what the section shows, for readers of the printed report. */
  description: z.string(),
  tables: z.array(reportTable),
});
export type ReportSection = z.infer<typeof reportSection>;

export const committeeReportView = z.object({
  committeeName: z.string(),
  year: z.number().int(),
  period: z.object({ from: z.string(), to: z.string() }),
  filters: z.object({
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    unit: z.object({ code: z.string(), name: z.string() }).nullable(),
    forms: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
  /** When the figures were read (ISO instant); every section reads one snapshot of the database. */
  generatedAt: z.string(),
  sections: z.array(reportSection),
});
export type CommitteeReportView = z.infer<typeof committeeReportView>;

/** The list query (`/samverkan?…`) of cooperations that did `event` within the period, under the report's filters. */
export function cooperationListQuery(
  event: (typeof COOPERATION_PERIOD_EVENTS)[number],
  period: { from: string; to: string },
  filters: { area?: string | undefined; unitCode?: string | undefined; form?: readonly string[] | undefined },
  extra: Record<string, string> = {},
): ReportListLink {
  const query: Record<string, string> = { periodEvent: event, periodFrom: period.from, periodTo: period.to };
  if (filters.area) query.area = filters.area;
  if (filters.unitCode) query.unitCode = filters.unitCode;
  if (filters.form && filters.form.length > 0) query.form = filters.form.join(',');
  return { list: 'cooperations', query: { ...query, ...extra } };
}
