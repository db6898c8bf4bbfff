import { z } from 'zod';
import { REPORT_COLUMN_KINDS, REPORT_FIRST_YEAR } from '../reports/committee-report.schemas';

/**
 * The open statistics (OVR-2, AGR-6, issue 13 point 5): the committee report's public tables for
 * the whole municipality, without login, with small counts of persons withheld. The document holds
 * aggregated figures and the labels the code writes; never a name, an e-mail address or a text a
 * person typed. Every object below is strict, so a test can check the exact key set.
 *
 * JSON:
 * `{ year, period: { from, to }, language, threshold, generatedAt, sections: [{ key, title,
 * description, tables: [{ key, title, note?, columns: [{ key, label, kind }], rows: [{ total?,
 * cells: [string | number | null | { suppressed: true, label }] }] }] }] }` — a withheld cell
 * carries its label ("färre än 5" for a small count, "dold uppgift" for a cell withheld so that
 * another cannot be worked out by subtraction).
 *
 * CSV (long format, UTF-8 with BOM, `;`, one line per figure): year, section, table, row (the
 * row's text cells), column, value (the figure, or the label when withheld), withheld (1 or 0).
 */

/** The open statistics' query: the year and the language of the labels; no other filter exists. */
export const openStatisticsQuery = z.strictObject({
  year: z.coerce
    .number({ error: 'validation.report.year' })
    .int({ error: 'validation.report.year' })
    .min(REPORT_FIRST_YEAR, { error: 'validation.report.year' })
    .max(2200, { error: 'validation.report.year' }),
  lang: z.enum(['sv', 'en'], { error: 'validation.openStatistics.lang' }).optional(),
});
export type OpenStatisticsQuery = z.infer<typeof openStatisticsQuery>;

/** A cell that is not published: a count of persons below the threshold, or its partner. */
export const withheldCell = z.strictObject({ suppressed: z.literal(true), label: z.string() });
export type WithheldCell = z.infer<typeof withheldCell>;

export const publishedCell = z.union([z.string(), z.number(), z.null(), withheldCell]);
export type PublishedCell = z.infer<typeof publishedCell>;

export const publishedColumn = z.strictObject({ key: z.string(), label: z.string(), kind: z.enum(REPORT_COLUMN_KINDS) });

export const publishedRow = z.strictObject({ cells: z.array(publishedCell), total: z.boolean().optional() });
export type PublishedRow = z.infer<typeof publishedRow>;

export const publishedTable = z.strictObject({
  key: z.string(),
  title: z.string(),
  note: z.string().optional(),
  columns: z.array(publishedColumn),
  rows: z.array(publishedRow),
});
export type PublishedTable = z.infer<typeof publishedTable>;

export const publishedSection = z.strictObject({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  tables: z.array(publishedTable),
});
export type PublishedSection = z.infer<typeof publishedSection>;

export const openStatisticsView = z.strictObject({
  year: z.number().int(),
  period: z.strictObject({ from: z.string(), to: z.string() }),
  language: z.enum(['sv', 'en']),
  /** Counts of persons from 1 to threshold − 1 are withheld (setting `statistics.small_count_threshold`). */
  threshold: z.number().int(),
  generatedAt: z.string(),
  sections: z.array(publishedSection),
});
export type OpenStatisticsView = z.infer<typeof openStatisticsView>;
