import type { CommitteeReportView, ReportCell, ReportTable } from '../reports/committee-report.schemas';
import type { OpenStatisticsView, PublishedCell, PublishedRow, PublishedTable } from './open-statistics.schemas';
import {
  type CountTable,
  isSuppressed,
  protectCountParts,
  protectCountTable,
  type StatisticCell,
  type SuppressedCell,
  suppressedCellLabel,
} from './suppression.rules';

/**
 * What the open statistics publish of the committee report (OVR-2, AGR-6): the public tables only,
 * without links or charts, with counts of persons protected (see suppression.rules.ts):
 * - a table with `personBreakdown` and `rowsAdditive`: the rows × parts with the row totals (the
 *   total column) and the column totals (the `total` row) are protected as one table;
 * - with `personBreakdown` but not `rowsAdditive` (a person may be in several rows): each row's
 *   parts and total are protected on their own, and the total row is not published (it is not
 *   the sum of the rows, and with the rows it could give a withheld count away);
 * - any other cell of kind `persons`: primary suppression alone (1 to threshold − 1 withheld);
 * - a `percent` or `amount` cell in a row where a count of persons is withheld is withheld too: a
 *   share of a known total gives the count back, and so does an amount paid per participant (VIDA,
 *   FRM-5). The counts' pattern already has a partner in every line, so the amounts' does too.
 * A breakdown that does not add up (a section's error) cannot be protected by the rules, so all
 * its cells are withheld rather than risk a disclosure or fail the public page.
 */

type Language = 'sv' | 'en';
type Decision = SuppressedCell | null;

/** The table as the public sees it: small counts of persons withheld, nothing withheld derivable. */
export function publishTable(table: ReportTable, threshold: number, language: Language): PublishedTable {
  const decisions: Decision[][] = table.rows.map((row) => row.cells.map((): Decision => null));
  const breakdown = table.personBreakdown;
  const dropped = new Set<number>();
  const inBreakdown = new Set<number>();
  if (breakdown) {
    breakdown.partColumns.forEach((c) => inBreakdown.add(c));
    if (breakdown.totalColumn !== null) inBreakdown.add(breakdown.totalColumn);
    if (!breakdown.rowsAdditive) table.rows.forEach((row, i) => row.total && dropped.add(i));
    try {
      if (breakdown.rowsAdditive) protectWholeTable(table, breakdown, threshold, decisions);
      else protectEachRow(table, breakdown, threshold, decisions);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      for (const row of decisions) for (const c of inBreakdown) row[c] = { suppressed: true, reason: 'secondary' };
    }
  }
  table.rows.forEach((row, i) =>
    row.cells.forEach((cell, c) => {
      if (table.columns[c]?.kind !== 'persons' || inBreakdown.has(c)) return;
      if (typeof cell === 'number' && cell >= 1 && cell < threshold) decisions[i]![c] = { suppressed: true, reason: 'small' };
    }),
  );
  decisions.forEach((row) => {
    if (!row.some((d) => d !== null)) return;
    table.columns.forEach((column, c) => {
      if ((column.kind === 'percent' || column.kind === 'amount') && row[c] === null && c < row.length) row[c] = { suppressed: true, reason: 'secondary' };
    });
  });
  const rows: PublishedRow[] = table.rows.flatMap((row, i) => {
    if (dropped.has(i)) return [];
    const cells = row.cells.map((cell, c): PublishedCell => {
      const decision = decisions[i]?.[c] ?? null;
      return decision ? { suppressed: true, label: suppressedCellLabel(decision, threshold, language) } : cell;
    });
    return [row.total ? { cells, total: true } : { cells }];
  });
  return {
    key: table.key,
    title: table.title,
    ...(table.note !== undefined ? { note: table.note } : {}),
    columns: table.columns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
    rows,
  };
}

/** The open statistics of a committee report built for the whole municipality: its public tables, protected. */
export function publishReport(view: CommitteeReportView, threshold: number, language: Language): OpenStatisticsView {
  const sections = view.sections.flatMap((section) => {
    const tables = section.tables.filter((t) => t.public === true).map((t) => publishTable(t, threshold, language));
    return tables.length === 0 ? [] : [{ key: section.key, title: section.title, description: section.description, tables }];
  });
  return { year: view.year, period: { from: view.period.from, to: view.period.to }, language, threshold, generatedAt: view.generatedAt, sections };
}

const CSV_HEADERS: Record<Language, string[]> = {
  sv: ['År', 'Avsnitt', 'Tabell', 'Rad', 'Kolumn', 'Värde', 'Dold'],
  en: ['Year', 'Section', 'Table', 'Row', 'Column', 'Value', 'Withheld'],
};

/** The open statistics in long format, one line per figure: year, section, table, row, column, value (or label), withheld flag. */
export function openStatisticsCsvRows(view: OpenStatisticsView): { headers: string[]; rows: (string | number | null)[][] } {
  const rows: (string | number | null)[][] = [];
  for (const section of view.sections) {
    for (const table of section.tables) {
      table.rows.forEach((row, r) => {
        // A row is named by its text cells (e.g. the target group); a row without one by its number.
        const label = row.cells.filter((cell, c) => table.columns[c]?.kind === 'text' && typeof cell === 'string').join(' – ') || String(r + 1);
        row.cells.forEach((cell, c) => {
          const column = table.columns[c];
          if (!column || column.kind === 'text') return;
          const withheld = cell !== null && typeof cell === 'object';
          rows.push([view.year, section.title, table.title, label, column.label, withheld ? cell.label : cell, withheld ? 1 : 0]);
        });
      });
    }
  }
  return { headers: CSV_HEADERS[view.language], rows };
}

// ——— the two ways a breakdown is protected ———

type Breakdown = NonNullable<ReportTable['personBreakdown']>;

/** A count from a cell; an empty cell counts as nobody, anything else is not a count (RangeError). */
function countOf(cell: ReportCell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0) throw new RangeError('Not a count of persons');
  return cell;
}

const sum = (ns: number[]) => ns.reduce((s, n) => s + n, 0);

function protectWholeTable(table: ReportTable, b: Breakdown, threshold: number, decisions: Decision[][]): void {
  const dataRows = table.rows.map((row, i) => ({ row, i })).filter(({ row }) => !row.total);
  const totalIndex = table.rows.findIndex((row) => row.total);
  const totalRow = totalIndex >= 0 ? table.rows[totalIndex] : undefined;
  const cells = dataRows.map(({ row }) => b.partColumns.map((c) => countOf(row.cells[c])));
  const rowTotals = dataRows.map(({ row }, k) => (b.totalColumn !== null ? countOf(row.cells[b.totalColumn]) : sum(cells[k]!)));
  const columnTotals = b.partColumns.map((c, j) => (totalRow ? countOf(totalRow.cells[c]) : sum(cells.map((r) => r[j]!))));
  const grandTotal = totalRow && b.totalColumn !== null ? countOf(totalRow.cells[b.totalColumn]) : sum(rowTotals);
  const input: CountTable = { cells, rowTotals, columnTotals, grandTotal };
  const out = protectCountTable(input, threshold);
  const put = (rowIndex: number, column: number, cell: StatisticCell) => {
    if (isSuppressed(cell)) decisions[rowIndex]![column] = cell;
  };
  dataRows.forEach(({ i }, k) => {
    b.partColumns.forEach((c, j) => put(i, c, out.cells[k]![j]!));
    if (b.totalColumn !== null) put(i, b.totalColumn, out.rowTotals[k]!);
  });
  if (totalRow) {
    b.partColumns.forEach((c, j) => put(totalIndex, c, out.columnTotals[j]!));
    if (b.totalColumn !== null) put(totalIndex, b.totalColumn, out.grandTotal);
  }
}

function protectEachRow(table: ReportTable, b: Breakdown, threshold: number, decisions: Decision[][]): void {
  table.rows.forEach((row, i) => {
    if (row.total) return;
    const parts = b.partColumns.map((c) => countOf(row.cells[c]));
    const total = b.totalColumn !== null ? countOf(row.cells[b.totalColumn]) : sum(parts);
    const out = protectCountParts({ parts, total }, threshold);
    b.partColumns.forEach((c, j) => {
      const cell = out.parts[j]!;
      if (isSuppressed(cell)) decisions[i]![c] = cell;
    });
    if (b.totalColumn !== null && isSuppressed(out.total)) decisions[i]![b.totalColumn] = out.total;
  });
}
