import { cooperationListQuery, type ReportListLink, type ReportRow, type ReportTable } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type SectionContext } from '../report-section';

/** One row of a count table: its name, counts, and the extra list filters that reach its cooperations (null: no list can). */
export type CategoryCount = { name: string; running: number; started: number; filters: ListFilters | null };
type ListFilters = { area?: string | undefined; unitCode?: string | undefined; extra?: Record<string, string> };

/** The list query of cooperations that did `event` in the period under the report's filters, narrowed by `filters`. */
export function scopedLink(ctx: SectionContext, event: 'running' | 'started', filters: ListFilters = {}): ReportListLink {
  const { scope } = ctx;
  return cooperationListQuery(event, scope, { area: filters.area ?? scope.area, unitCode: filters.unitCode ?? scope.unitCode, form: scope.forms }, filters.extra);
}

/**
 * A public table of cooperations in force and new within the period per category (area, unit,
 * target group), each figure linked to its list, with a total row that counts each cooperation once.
 */
export function categoryCountTable(
  ctx: SectionContext,
  table: { key: string; title: { sv: string; en: string }; category: { sv: string; en: string }; note?: string | undefined },
  rows: CategoryCount[],
  total: { running: number; started: number },
): ReportTable {
  const { language } = ctx;
  const link = (r: CategoryCount, event: 'running' | 'started') => (r.filters ? scopedLink(ctx, event, r.filters) : null);
  const body: ReportRow[] = rows.map((r) => ({ cells: [r.name, r.running, r.started], links: [null, link(r, 'running'), link(r, 'started')] }));
  const empty = inLanguage(language, { sv: 'Ingen samverkan pågick under perioden med de valda urvalen.', en: 'No cooperation was in force during the period with the chosen filters.' });
  return {
    key: table.key,
    title: inLanguage(language, table.title),
    columns: [
      { key: 'name', label: inLanguage(language, table.category), kind: 'text' },
      { key: 'running', label: inLanguage(language, { sv: 'Pågående under perioden', en: 'In force during the period' }), kind: 'count' },
      { key: 'started', label: inLanguage(language, { sv: 'Nya', en: 'New' }), kind: 'count' },
    ],
    rows: [
      ...body,
      {
        cells: [inLanguage(language, { sv: 'Totalt', en: 'Total' }), total.running, total.started],
        links: [null, scopedLink(ctx, 'running'), scopedLink(ctx, 'started')],
        total: true,
      },
    ],
    chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2] },
    public: true,
    ...(rows.length === 0 ? { note: empty } : table.note ? { note: table.note } : {}),
  };
}
