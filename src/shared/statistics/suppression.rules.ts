import { rangeOfUnknown } from './linear-range';

/**
 * Small-number protection for the open statistics (OVR-2): a count of persons below a threshold
 * is never published, and no withheld count can be worked out from the published ones.
 *
 * Choices, following the practice of official statistics (Statistics Sweden, Eurostat):
 * - Primary suppression: a count of 1 to threshold − 1 persons is withheld and shown as
 *   "fewer than <threshold>". Zero is shown: it identifies nobody, and official tables show it
 *   (SCB prints 0 or "–"); withholding it would only hide that a group is empty.
 * - Secondary suppression: every row and column, margins included, is an additive relation
 *   (parts sum to the total). A line with exactly one withheld entry gives it away by subtraction,
 *   so a second entry is withheld — the smallest shown part, positive before zero (a zero is often
 *   guessable, e.g. no men in a women's group, and pins its partner), ties by position. This is
 *   repeated until stable, since a withholding in a row can leave a column with a lone one.
 * - Beyond the line rule, two further checks run until nothing changes: (a) taking all lines
 *   together, and knowing that a "fewer than" cell is 1..threshold − 1, a reader must still find
 *   at least two possible values for every withheld cell (its range, by linear programming — it
 *   catches what only a combination of rows, columns and those bounds reveals); and (b) within a
 *   line with a shown total, even a reader who knows the method (a partner is 0 or at least the
 *   threshold) must find two values for every withheld part — exact for a one-line breakdown.
 * - Totals are withheld when they are themselves small; otherwise only when a margin line (the
 *   column totals with the grand total, or the row totals with it) needs a partner, or a line
 *   has no shown part left to withhold.
 *
 * Limit: in a table of several rows and columns, check (b) is made line by line only, so a reader
 * who knows the method and combines lines is not ruled out in every case; the open endpoint can
 * keep `reason` internal if that matters. Check (a) — what the labels themselves say — is complete.
 *
 * The input must be additive (each total equals the sum of its parts): a table where persons may
 * be counted in several rows needs each row published as its own one-line table instead.
 */

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

export type SuppressionReason = 'small' | 'secondary';
export type ShownCell = { value: number };
export type SuppressedCell = { suppressed: true; reason: SuppressionReason };
export type StatisticCell = ShownCell | SuppressedCell;

/** Counts by row and column (e.g. target group × women, men, other/unknown) with their margins. */
export type CountTable = {
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  columnTotals: readonly number[];
  grandTotal: number;
};

/** A one-dimensional breakdown: parts (e.g. women, men, other/unknown) and their total. */
export type CountParts = { parts: readonly number[]; total: number };

export type ProtectedTable = {
  cells: StatisticCell[][];
  rowTotals: StatisticCell[];
  columnTotals: StatisticCell[];
  grandTotal: StatisticCell;
};

export type ProtectedParts = { parts: StatisticCell[]; total: StatisticCell };

/** Where a cell sits; `'total'` names a margin. A one-dimensional breakdown is row 0 with no column totals. */
export type CellRef = { row: number | 'total'; column: number | 'total' };

/** Why a protected table would give a withheld count away. */
export type Disclosure =
  | { kind: 'single-suppression-in-line'; line: { axis: 'row' | 'column'; index: number | 'total' } }
  | { kind: 'derivable'; cell: CellRef };

/** Whether a published cell is withheld. */
export function isSuppressed(cell: StatisticCell): cell is SuppressedCell {
  return 'suppressed' in cell;
}

/** A count table with its margins summed from the cells. */
export function countTableWithMargins(cells: readonly (readonly number[])[]): CountTable {
  const columnCount = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((sum, n) => sum + n, 0));
  const columnTotals = Array.from({ length: columnCount }, (_, j) => cells.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  return { cells, rowTotals, columnTotals, grandTotal: rowTotals.reduce((sum, n) => sum + n, 0) };
}

/** The table with small counts withheld and nothing withheld derivable from what is shown. */
export function protectCountTable(table: CountTable, threshold = DEFAULT_SMALL_COUNT_THRESHOLD): ProtectedTable {
  assertThreshold(threshold);
  const grid = gridOfTable(table);
  assertAdditive(grid);
  return tableOfGrid(grid, suppress(grid, threshold), table.cells.length, table.columnTotals.length);
}

/** The breakdown with small counts withheld and nothing withheld derivable from the total. */
export function protectCountParts(input: CountParts, threshold = DEFAULT_SMALL_COUNT_THRESHOLD): ProtectedParts {
  assertThreshold(threshold);
  const grid = gridOfParts(input);
  assertAdditive(grid);
  const reasons = suppress(grid, threshold);
  const cells = grid.values.map((value, i) => publish(value, reasons[i] ?? null));
  return { parts: cells.slice(0, input.parts.length), total: cells[input.parts.length] as StatisticCell };
}

/** The label a withheld cell shows: "färre än 5" / "fewer than 5" for a small count, a neutral word for a partner. */
export function suppressedCellLabel(cell: SuppressedCell, threshold: number, language: 'sv' | 'en'): string {
  // A partner withheld to protect another may be large, so it must not claim to be small.
  if (cell.reason === 'secondary') return language === 'sv' ? 'dold uppgift' : 'withheld';
  return language === 'sv' ? `färre än ${threshold}` : `fewer than ${threshold}`;
}

/** Every way the published table gives a withheld count away; empty when it is protected. */
export function findTableDisclosures(table: ProtectedTable, threshold = DEFAULT_SMALL_COUNT_THRESHOLD): Disclosure[] {
  const rows = table.cells.length;
  const columns = table.columnTotals.length;
  const cells: StatisticCell[] = [];
  for (let i = 0; i < rows; i += 1) cells.push(...(table.cells[i] ?? []), table.rowTotals[i] as StatisticCell);
  cells.push(...table.columnTotals, table.grandTotal);
  return findDisclosures(tableLines(rows, columns), cells, threshold, (index) => tableRef(index, rows, columns));
}

/** Every way the published breakdown gives a withheld count away; empty when it is protected. */
export function findPartsDisclosures(parts: ProtectedParts, threshold = DEFAULT_SMALL_COUNT_THRESHOLD): Disclosure[] {
  const count = parts.parts.length;
  return findDisclosures(partsLines(count), [...parts.parts, parts.total], threshold, (index) => ({ row: 0, column: index === count ? 'total' : index }));
}

// ——— the grid: every cell in one list, every additive relation as a line ———

type CellKind = 'part' | 'margin' | 'grand';
type Line = { parts: number[]; total: number; axis: 'row' | 'column'; index: number | 'total' };
type Grid = { values: number[]; kinds: CellKind[]; lines: Line[] };
type Reasons = (SuppressionReason | null)[];

/** Table cells in row-major order with each row's total after the row, then the column totals and the grand total. */
function gridOfTable(t: CountTable): Grid {
  const rows = t.cells.length;
  const columns = t.columnTotals.length;
  if (t.rowTotals.length !== rows || t.cells.some((row) => row.length !== columns)) {
    throw new RangeError('The table needs one total per row and per column');
  }
  const values: number[] = [];
  const kinds: CellKind[] = [];
  t.cells.forEach((row, i) => {
    values.push(...row, t.rowTotals[i] as number);
    kinds.push(...row.map((): CellKind => 'part'), 'margin');
  });
  values.push(...t.columnTotals, t.grandTotal);
  kinds.push(...t.columnTotals.map((): CellKind => 'margin'), 'grand');
  return { values, kinds, lines: tableLines(rows, columns) };
}

function gridOfParts(p: CountParts): Grid {
  return {
    values: [...p.parts, p.total],
    kinds: [...p.parts.map((): CellKind => 'part'), 'margin'],
    lines: partsLines(p.parts.length),
  };
}

function tableLines(rows: number, columns: number): Line[] {
  const at = (i: number, j: number) => i * (columns + 1) + j;
  const lines: Line[] = [];
  for (let i = 0; i <= rows; i += 1) {
    lines.push({ parts: range(columns).map((j) => at(i, j)), total: at(i, columns), axis: 'row', index: i === rows ? 'total' : i });
  }
  for (let j = 0; j <= columns; j += 1) {
    lines.push({ parts: range(rows).map((i) => at(i, j)), total: at(rows, j), axis: 'column', index: j === columns ? 'total' : j });
  }
  return lines;
}

function partsLines(count: number): Line[] {
  return [{ parts: range(count), total: count, axis: 'row', index: 0 }];
}

function tableRef(index: number, rows: number, columns: number): CellRef {
  const row = Math.floor(index / (columns + 1));
  const column = index % (columns + 1);
  return { row: row === rows ? 'total' : row, column: column === columns ? 'total' : column };
}

function tableOfGrid(grid: Grid, reasons: Reasons, rows: number, columns: number): ProtectedTable {
  const cell = (i: number, j: number) => {
    const index = i * (columns + 1) + j;
    return publish(grid.values[index] as number, reasons[index] ?? null);
  };
  return {
    cells: range(rows).map((i) => range(columns).map((j) => cell(i, j))),
    rowTotals: range(rows).map((i) => cell(i, columns)),
    columnTotals: range(columns).map((j) => cell(rows, j)),
    grandTotal: cell(rows, columns),
  };
}

function publish(value: number, reason: SuppressionReason | null): StatisticCell {
  return reason ? { suppressed: true, reason } : { value };
}

// ——— the suppression itself ———

function suppress(grid: Grid, threshold: number): Reasons {
  const reasons: Reasons = grid.values.map((v) => (v >= 1 && v < threshold ? 'small' : null));
  for (;;) {
    if (withholdPartnerInLines(grid, reasons, threshold)) continue;
    if (breakPinnedCell(grid, reasons, threshold)) continue;
    return reasons;
  }
}

/** Withholds one more cell in the first line that needs it; false when no line does. */
function withholdPartnerInLines(grid: Grid, reasons: Reasons, threshold: number): boolean {
  for (const line of grid.lines) {
    if (!lineNeedsPartner(line, grid.values, reasons, threshold)) continue;
    const shownParts = line.parts.filter((i) => reasons[i] === null);
    const choice = bestCandidate(grid, shownParts) ?? (reasons[line.total] === null ? line.total : undefined);
    if (choice === undefined) continue;
    reasons[choice] = 'secondary';
    return true;
  }
  return false;
}

function lineNeedsPartner(line: Line, values: number[], reasons: Reasons, threshold: number): boolean {
  const withheld = [...line.parts, line.total].filter((i) => reasons[i] !== null).length;
  if (withheld === 1) return true;
  if (withheld === 0 || reasons[line.total] !== null) return false;
  return partPinnedByKnownRanges(line, values, reasons, threshold);
}

/**
 * Whether, in a line with a shown total, some withheld part has only one value a reader can
 * reconcile with the shown cells, knowing "fewer than" cells are 1..threshold − 1 and other
 * withheld cells 0 or at least the threshold.
 */
function partPinnedByKnownRanges(line: Line, values: number[], reasons: Reasons, threshold: number): boolean {
  const withheld = line.parts.filter((i) => reasons[i] !== null);
  // The withheld parts sum to the shown total less the shown parts.
  const rest = line.parts.filter((i) => reasons[i] === null).reduce((sum, i) => sum - (values[i] as number), values[line.total] as number);
  if (rest > 200_000) return false; // far beyond any threshold: ranges cannot pin a part
  return withheld.some((cell) => {
    const others = withheld.filter((i) => i !== cell).map((i) => reasons[i] as SuppressionReason);
    const reachable = reachableSums(others, threshold, rest);
    let possible = 0;
    for (let v = 0; v <= rest && possible < 2; v += 1) {
      if (inRange(v, reasons[cell] as SuppressionReason, threshold) && reachable[rest - v]) possible += 1;
    }
    return possible < 2;
  });
}

function inRange(v: number, reason: SuppressionReason, threshold: number): boolean {
  return reason === 'small' ? v >= 1 && v < threshold : v === 0 || v >= threshold;
}

/** Which sums 0..limit the withheld cells with these reasons can reach together. */
function reachableSums(reasons: SuppressionReason[], threshold: number, limit: number): boolean[] {
  let reachable = Array.from({ length: limit + 1 }, (_, s) => s === 0);
  for (const reason of reasons) {
    const next = Array.from({ length: limit + 1 }, () => false);
    let anyUpTo = false; // whether some reachable sum lies at or below s − threshold
    for (let s = 0; s <= limit; s += 1) {
      if (s - threshold >= 0 && reachable[s - threshold]) anyUpTo = true;
      if (reason === 'small') {
        for (let v = 1; v < threshold && v <= s; v += 1) if (reachable[s - v]) next[s] = true;
      } else {
        next[s] = (reachable[s] ?? false) || anyUpTo;
      }
    }
    reachable = next;
  }
  return reachable;
}

/** Withholds one more cell so that a count the lines taken together reveal no longer is; false when none is. */
function breakPinnedCell(grid: Grid, reasons: Reasons, threshold: number): boolean {
  const shownValue = (r: Reasons) => grid.values.map((v, i) => (r[i] === null ? v : undefined));
  const pinned = indicesOf(reasons).find((cell) => isPinned(grid.lines, shownValue(reasons), reasons, threshold, cell));
  if (pinned === undefined) return false;
  const shown = range(grid.values.length).filter((i) => reasons[i] === null);
  const ordered = rankCandidates(grid, shown);
  const unpins = (c: number) => {
    const tried = reasons.map((r, i) => (i === c ? 'secondary' : r));
    return !isPinned(grid.lines, shownValue(tried), tried, threshold, pinned);
  };
  const choice = ordered.find(unpins) ?? ordered[0];
  if (choice === undefined) return false;
  reasons[choice] = 'secondary';
  return true;
}

function bestCandidate(grid: Grid, candidates: number[]): number | undefined {
  return rankCandidates(grid, candidates)[0];
}

/** Inner cells before margins before the grand total; positive before zero; smaller first; then position. */
function rankCandidates(grid: Grid, candidates: number[]): number[] {
  const kindRank: Record<CellKind, number> = { part: 0, margin: 1, grand: 2 };
  return [...candidates].sort((a, b) => {
    const va = grid.values[a] as number;
    const vb = grid.values[b] as number;
    return (
      kindRank[grid.kinds[a] as CellKind] - kindRank[grid.kinds[b] as CellKind] ||
      Number(va === 0) - Number(vb === 0) ||
      va - vb ||
      a - b
    );
  });
}

// ——— what a reader can work out: the range of each withheld cell ———

/**
 * Whether a reader of the shown cells, knowing a "fewer than" cell is 1..threshold − 1 and any
 * other withheld cell a count, can tell the value of `cell`: its range under all lines is one number.
 */
function isPinned(lines: Line[], shown: (number | undefined)[], reasons: Reasons, threshold: number, cell: number): boolean {
  const unknowns = indicesOf(reasons);
  const column = new Map(unknowns.map((index, k) => [index, k]));
  const equations = lines.flatMap((line) => {
    const coefficients = unknowns.map(() => 0);
    let rhs = 0;
    for (const [index, sign] of [...line.parts.map((i) => [i, 1] as const), [line.total, -1] as const]) {
      const k = column.get(index);
      if (k === undefined) rhs -= sign * (shown[index] as number);
      else coefficients[k] = sign;
    }
    return coefficients.some((a) => a !== 0) ? [{ coefficients, rhs }] : [];
  });
  const range = rangeOfUnknown(
    {
      equations,
      lower: unknowns.map((i) => (reasons[i] === 'small' ? 1 : 0)),
      upper: unknowns.map((i) => (reasons[i] === 'small' ? threshold - 1 : Infinity)),
    },
    column.get(cell) as number,
  );
  return range === null || range.max - range.min < 0.5;
}

// ——— the verifier ———

function findDisclosures(lines: Line[], cells: StatisticCell[], threshold: number, refOf: (index: number) => CellRef): Disclosure[] {
  const withheld = cells.flatMap((cell, i) => (isSuppressed(cell) ? [i] : []));
  const reasons: Reasons = cells.map((cell) => (isSuppressed(cell) ? cell.reason : null));
  const shown = cells.map((cell) => (isSuppressed(cell) ? undefined : cell.value));
  const lone: Disclosure[] = lines
    .filter((line) => [...line.parts, line.total].filter((i) => withheld.includes(i)).length === 1)
    .map((line) => ({ kind: 'single-suppression-in-line', line: { axis: line.axis, index: line.index } }));
  const derivable: Disclosure[] = withheld
    .filter((cell) => isPinned(lines, shown, reasons, threshold, cell))
    .map((cell) => ({ kind: 'derivable', cell: refOf(cell) }));
  return [...lone, ...derivable];
}

// ——— small helpers ———

function assertThreshold(threshold: number): void {
  // A threshold below 2 withholds nothing while the page would still claim protection.
  if (!Number.isInteger(threshold) || threshold < 2) throw new RangeError('The small-count threshold must be a whole number of at least 2');
}

function assertAdditive(grid: Grid): void {
  if (grid.values.some((v) => !Number.isInteger(v) || v < 0)) throw new RangeError('Counts must be whole numbers of at least 0');
  for (const line of grid.lines) {
    const sum = line.parts.reduce((s, i) => s + (grid.values[i] as number), 0);
    if (sum !== grid.values[line.total]) throw new RangeError('Each total must equal the sum of its parts');
  }
}

function indicesOf(reasons: Reasons): number[] {
  return reasons.flatMap((reason, i) => (reason ? [i] : []));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
