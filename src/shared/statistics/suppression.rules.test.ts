import { describe, expect, it } from 'vitest';
import {
  countTableWithMargins,
  DEFAULT_SMALL_COUNT_THRESHOLD,
  findPartsDisclosures,
  findTableDisclosures,
  isSuppressed,
  protectCountParts,
  protectCountTable,
  type ProtectedTable,
  type StatisticCell,
  suppressedCellLabel,
} from './suppression.rules';

const ACCEPTANCE =
  "OVR-2 small-number protection: a target group with 3 women is shown as 'fewer than 5' in open statistics, " +
  'and the suppressed value cannot be recovered by subtracting the shown parts from the shown total';

const small = { suppressed: true, reason: 'small' } as const;
const secondary = { suppressed: true, reason: 'secondary' } as const;

// ——— an independent brute-force reader: what values could a withheld cell have? ———

type Slot = { truth: number; cell: StatisticCell };
type Equation = { parts: number[]; total: number };

/** The published table as one list of slots (rows with their total, then the margin row) and its additive lines. */
function asSystem(published: ProtectedTable, truth: number[][]): { slots: Slot[]; equations: Equation[] } {
  const rows = published.cells.length;
  const columns = published.columnTotals.length;
  const grid: StatisticCell[][] = [
    ...published.cells.map((row, i) => [...row, published.rowTotals[i] as StatisticCell]),
    [...published.columnTotals, published.grandTotal],
  ];
  const slots = grid.flatMap((row, i) => row.map((cell, j) => ({ cell, truth: truth[i]?.[j] as number })));
  const at = (i: number, j: number) => i * (columns + 1) + j;
  const equations: Equation[] = [
    ...Array.from({ length: rows + 1 }, (_, i) => ({ parts: Array.from({ length: columns }, (_, j) => at(i, j)), total: at(i, columns) })),
    ...Array.from({ length: columns + 1 }, (_, j) => ({ parts: Array.from({ length: rows }, (_, i) => at(i, j)), total: at(rows, j) })),
  ];
  return { slots, equations };
}

/** The truth as a full grid with margins, for the reader's search box only. */
function truthGrid(cells: number[][]): number[][] {
  const t = countTableWithMargins(cells);
  return [...cells.map((row, i) => [...row, t.rowTotals[i] as number]), [...t.columnTotals, t.grandTotal]];
}

/**
 * What a reader knows of a withheld cell: `counts` only that it is a count (0 or more); `labels`
 * also that a "fewer than" cell is 1..threshold − 1; `method` further that a partner, chosen among
 * shown cells, is 0 or at least the threshold.
 */
type ReaderKnowledge = 'counts' | 'labels' | 'method';

/**
 * Whether a reader who sees the shown cells and knows what `knowledge` says finds a consistent
 * table in which `target` differs from its true value. Values are searched in 0..the true grand total plus the threshold: a smaller box can
 * only hide solutions, so finding one there is proof that one exists.
 */
function hasOtherConsistentValue(system: { slots: Slot[]; equations: Equation[] }, target: number, threshold: number, box: number, knowledge: ReaderKnowledge): boolean {
  const { slots, equations } = system;
  const known = slots.map((s) => (isSuppressed(s.cell) ? undefined : s.cell.value));
  const allowed = (i: number, v: number) => {
    const cell = slots[i]?.cell as StatisticCell;
    if (!isSuppressed(cell)) return v === cell.value;
    if (i === target && v === slots[i]?.truth) return false;
    if (knowledge === 'counts') return true;
    if (cell.reason === 'small') return v >= 1 && v < threshold;
    return knowledge === 'labels' || v === 0 || v >= threshold;
  };
  const consistent = (values: (number | undefined)[]): boolean =>
    equations.every((eq) => {
      const parts = eq.parts.map((i) => values[i]);
      const total = values[eq.total];
      const knownSum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
      if (parts.every((v) => v !== undefined) && total !== undefined) return knownSum === total;
      return total === undefined || knownSum <= total;
    });
  const unknowns = slots.flatMap((s, i) => (isSuppressed(s.cell) ? [i] : []));
  const order = [target, ...unknowns.filter((i) => i !== target)];
  const search = (values: (number | undefined)[], k: number): boolean => {
    if (!consistent(values)) return false;
    if (k === order.length) return true;
    const slot = order[k] as number;
    if (values[slot] !== undefined) return search(values, k + 1);
    for (let v = 0; v <= box; v += 1) {
      if (!allowed(slot, v)) continue;
      const next = [...values];
      next[slot] = v;
      if (search(next, k + 1)) return true;
    }
    return false;
  };
  return search(known, 0);
}

/** Every withheld cell of the protected table that the brute-force reader pins to its true value. */
function recoverableByBruteForce(cells: number[][], threshold: number, knowledge: ReaderKnowledge): number[] {
  const truth = truthGrid(cells);
  const system = asSystem(protectCountTable(countTableWithMargins(cells), threshold), truth);
  const box = (truth.at(-1)?.at(-1) as number) + threshold;
  return recoverable(system, threshold, box, knowledge);
}

/** The same for a one-dimensional breakdown. */
function recoverablePartsByBruteForce(parts: number[], threshold: number, knowledge: ReaderKnowledge): number[] {
  const total = parts.reduce((s, n) => s + n, 0);
  const published = protectCountParts({ parts, total }, threshold);
  const slots = [...published.parts, published.total].map((cell, i) => ({ cell, truth: [...parts, total][i] as number }));
  const system = { slots, equations: [{ parts: parts.map((_, i) => i), total: parts.length }] };
  return recoverable(system, threshold, total + threshold, knowledge);
}

function recoverable(system: { slots: Slot[]; equations: Equation[] }, threshold: number, box: number, knowledge: ReaderKnowledge): number[] {
  return system.slots.flatMap((s, i) => (isSuppressed(s.cell) && !hasOtherConsistentValue(system, i, threshold, box, knowledge) ? [i] : []));
}

/** Feasible values 0..total of one withheld part of a line, given its shown parts and the other withheld ones ≥ 0. */
function feasibleValuesInLine(line: StatisticCell[], total: number, index: number): number[] {
  const shownSum = line.reduce((s, c) => s + (isSuppressed(c) ? 0 : c.value), 0);
  const others = line.filter((c, i) => isSuppressed(c) && i !== index).length;
  const residual = total - shownSum;
  return Array.from({ length: total + 1 }, (_, v) => v).filter((v) => (others === 0 ? v === residual : v <= residual));
}

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('open statistics: small-number protection (OVR-2)', () => {
  it(`${ACCEPTANCE} — one dimension: women 3, men 40, total 43`, () => {
    const published = protectCountParts({ parts: [3, 40], total: 43 });
    expect(published).toEqual({ parts: [small, secondary], total: { value: 43 } });
    expect(suppressedCellLabel(small, DEFAULT_SMALL_COUNT_THRESHOLD, 'en')).toBe('fewer than 5');
    expect(suppressedCellLabel(small, DEFAULT_SMALL_COUNT_THRESHOLD, 'sv')).toBe('färre än 5');
    expect(findPartsDisclosures(published)).toEqual([]);
    // 43 − 40 = 3 is no longer possible: the women's value ranges over more than one number.
    expect(feasibleValuesInLine(published.parts, 43, 0).length).toBeGreaterThan(1);
  });

  it(`${ACCEPTANCE} — the target group's row in a table by gender, with every margin`, () => {
    const cells = [
      [3, 40, 0], // target group with 3 women
      [25, 30, 6],
      [12, 18, 7],
    ];
    const published = protectCountTable(countTableWithMargins(cells));
    expect(published.cells[0]?.[0]).toEqual(small);
    expect(suppressedCellLabel(published.cells[0]?.[0] as typeof small, 5, 'en')).toBe('fewer than 5');
    expect(published.rowTotals[0]).toEqual({ value: 43 });
    expect(findTableDisclosures(published)).toEqual([]);
    expect(recoverableByBruteForce(cells, 5, 'labels')).toEqual([]);
    // Row: 43 − 40 − 0 no longer works, since men are withheld too; column: the women's total less the others neither.
    expect(published.cells[0]?.[1]).toEqual(secondary);
    expect(published.cells.filter((row) => isSuppressed(row[0] as StatisticCell)).length).toBeGreaterThanOrEqual(2);
  });

  it('a table with nothing small is published as it is', () => {
    const table = countTableWithMargins([
      [10, 12, 5],
      [7, 0, 9],
    ]);
    const published = protectCountTable(table);
    expect(published).toEqual({
      cells: [
        [{ value: 10 }, { value: 12 }, { value: 5 }],
        [{ value: 7 }, { value: 0 }, { value: 9 }],
      ],
      rowTotals: [{ value: 27 }, { value: 16 }],
      columnTotals: [{ value: 17 }, { value: 12 }, { value: 14 }],
      grandTotal: { value: 43 },
    });
    expect(findTableDisclosures(published)).toEqual([]);
  });

  it('zero is shown, not withheld: it identifies nobody (SCB practice), and it is not picked as a partner while a positive cell can be', () => {
    const published = protectCountParts({ parts: [0, 2, 9, 30], total: 41 });
    expect(published.parts).toEqual([{ value: 0 }, small, secondary, { value: 30 }]);
    const empty = protectCountTable(countTableWithMargins([[0, 0], [0, 0]]));
    expect(empty.grandTotal).toEqual({ value: 0 });
    expect(findTableDisclosures(empty)).toEqual([]);
  });

  it('secondary suppression cascades: a partner chosen in a row leaves a lone withheld cell in its column', () => {
    const cells = [
      [2, 20, 30],
      [40, 8, 50],
      [60, 70, 9],
    ];
    const published = protectCountTable(countTableWithMargins(cells));
    // Row 0 pairs the 2 with the 20; column 1 then holds one withheld cell and takes the 8; row 1 then needs one more.
    expect(published.cells[0]).toEqual([small, secondary, { value: 30 }]);
    expect(published.cells[1]?.[1]).toEqual(secondary);
    const withheldPerRow = published.cells.map((row) => row.filter(isSuppressed).length);
    const withheldPerColumn = [0, 1, 2].map((j) => published.cells.filter((row) => isSuppressed(row[j] as StatisticCell)).length);
    for (const n of [...withheldPerRow, ...withheldPerColumn]) expect(n === 0 || n >= 2).toBe(true);
    expect(findTableDisclosures(published)).toEqual([]);
    expect(recoverableByBruteForce(cells, 5, 'labels')).toEqual([]);
  });

  it('a row of only small counts has a small total, which is withheld too, and the totals column then needs a partner', () => {
    const cells = [
      [1, 2, 1],
      [20, 30, 25],
      [15, 18, 22],
    ];
    const published = protectCountTable(countTableWithMargins(cells));
    expect(published.cells[0]).toEqual([small, small, small]);
    expect(published.rowTotals[0]).toEqual(small);
    expect(published.grandTotal).toEqual({ value: 134 });
    expect(published.rowTotals.filter(isSuppressed).length).toBeGreaterThanOrEqual(2);
    expect(findTableDisclosures(published)).toEqual([]);
    expect(recoverableByBruteForce(cells, 5, 'labels')).toEqual([]);
  });

  it('the threshold is a setting: 3 withholds only 1 and 2, 10 withholds up to 9', () => {
    expect(protectCountParts({ parts: [3, 40], total: 43 }, 3).parts).toEqual([{ value: 3 }, { value: 40 }]);
    expect(protectCountParts({ parts: [2, 40, 41], total: 83 }, 3).parts).toEqual([small, secondary, { value: 41 }]);
    expect(protectCountParts({ parts: [9, 12, 40], total: 61 }, 10).parts).toEqual([small, secondary, { value: 40 }]);
    expect(suppressedCellLabel(small, 10, 'sv')).toBe('färre än 10');
    expect(suppressedCellLabel(small, 3, 'en')).toBe('fewer than 3');
    const cells = [
      [6, 9, 20],
      [14, 11, 12],
    ];
    expect(recoverableByBruteForce(cells, 10, 'labels')).toEqual([]);
    expect(findTableDisclosures(protectCountTable(countTableWithMargins(cells), 10), 10)).toEqual([]);
  });

  it('a partner withheld only to protect another is not labelled as small, since it may be large', () => {
    expect(suppressedCellLabel(secondary, 5, 'sv')).toBe('dold uppgift');
    expect(suppressedCellLabel(secondary, 5, 'en')).toBe('withheld');
  });

  it('1 and 5 are not a safe pair once readers know a "fewer than" cell is 1..4 and a partner 0 or ≥ 5: a third cell is withheld', () => {
    // With only women 1 and men 5 withheld, 6 = 1 + 5 is the only split of those ranges.
    const published = protectCountParts({ parts: [1, 5, 7, 30], total: 43 });
    expect(published.parts).toEqual([small, secondary, secondary, { value: 30 }]);
  });

  it('the same input always gives the same output; ties are broken by position', () => {
    const cells = [
      [3, 10, 10],
      [10, 10, 10],
      [10, 10, 4],
    ];
    const first = protectCountTable(countTableWithMargins(cells));
    expect(protectCountTable(countTableWithMargins(cells))).toEqual(first);
    // The 3 takes the first of its equal partners (the 10 beside it), and the cascade goes on from there.
    expect(first.cells[0]?.slice(0, 2)).toEqual([small, secondary]);
    expect(first.cells[2]?.[2]).toEqual(small);
    expect(protectCountTable(countTableWithMargins(cells.map((row) => [...row])))).toEqual(first);
  });

  it('random small tables: the verifier finds nothing, and brute force finds another consistent value for every withheld cell', () => {
    const random = seeded(2026);
    for (let n = 0; n < 200; n += 1) {
      const rows = 1 + Math.floor(random() * 3);
      const columns = 2 + Math.floor(random() * 2);
      const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.5 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 8))));
      const published = protectCountTable(countTableWithMargins(cells));
      expect(findTableDisclosures(published), JSON.stringify(cells)).toEqual([]);
      expect(recoverableByBruteForce(cells, 5, 'labels'), JSON.stringify(cells)).toEqual([]);
      for (const [i, row] of cells.entries()) {
        for (const [j, value] of row.entries()) {
          const cell = published.cells[i]?.[j] as StatisticCell;
          if (value >= 1 && value < 5) expect(cell).toEqual(small);
          if (!isSuppressed(cell)) expect(cell.value).toBe(value);
        }
      }
    }
  });

  it('random breakdowns: even a reader who knows the method (partners are 0 or at least the threshold) finds two values for every withheld part', () => {
    const random = seeded(43);
    for (let n = 0; n < 150; n += 1) {
      const parts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => (random() < 0.5 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 8)));
      const published = protectCountParts({ parts, total: parts.reduce((s, v) => s + v, 0) });
      expect(findPartsDisclosures(published), JSON.stringify(parts)).toEqual([]);
      expect(recoverablePartsByBruteForce(parts, 5, 'method'), JSON.stringify(parts)).toEqual([]);
    }
    expect(recoverablePartsByBruteForce([3, 40], 5, 'method')).toEqual([]);
    expect(recoverablePartsByBruteForce([1, 5, 7, 30], 5, 'method')).toEqual([]);
  });

  it('small counts that pin each other through their "fewer than" bounds get a further partner', () => {
    // The line rule alone withholds the six small cells and the 5 beside them here; each line then has two
    // withheld cells, yet the bounds 1..4 leave one solution — the range check adds a partner.
    const cells = [
      [3, 3, 9],
      [4, 12, 2],
      [4, 4, 5],
    ];
    const shown = (value: number): StatisticCell => ({ value });
    const lineRuleOnly: ProtectedTable = {
      cells: [
        [small, small, shown(9)],
        [small, shown(12), small],
        [small, small, secondary],
      ],
      rowTotals: [shown(15), shown(18), shown(13)],
      columnTotals: [shown(11), shown(19), shown(16)],
      grandTotal: shown(46),
    };
    expect(findTableDisclosures(lineRuleOnly).filter((d) => d.kind === 'single-suppression-in-line')).toEqual([]);
    expect(findTableDisclosures(lineRuleOnly)).toContainEqual({ kind: 'derivable', cell: { row: 0, column: 0 } });
    const published = protectCountTable(countTableWithMargins(cells));
    expect(published).not.toEqual(lineRuleOnly);
    expect(findTableDisclosures(published)).toEqual([]);
    expect(recoverableByBruteForce(cells, 5, 'labels')).toEqual([]);
    expect(recoverableByBruteForce([[1, 9, 8], [5, 5, 2], [5, 2, 8]], 5, 'labels')).toEqual([]);
  });

  it('a table of realistic size is protected quickly', () => {
    const random = seeded(7);
    const cells = Array.from({ length: 14 }, () => Array.from({ length: 3 }, () => (random() < 0.3 ? Math.floor(random() * 5) : Math.floor(random() * 300))));
    const started = performance.now();
    const published = protectCountTable(countTableWithMargins(cells));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(findTableDisclosures(published)).toEqual([]);
  });

  it('the verifier reports a line with one withheld cell and a cell only the lines together give away', () => {
    const shown = (value: number): StatisticCell => ({ value });
    const lone: ProtectedTable = {
      cells: [[small, shown(40)]],
      rowTotals: [shown(43)],
      columnTotals: [small, shown(40)],
      grandTotal: shown(43),
    };
    expect(findTableDisclosures(lone)).toContainEqual({ kind: 'single-suppression-in-line', line: { axis: 'row', index: 0 } });
    expect(findTableDisclosures(lone)).toContainEqual({ kind: 'derivable', cell: { row: 0, column: 0 } });
    expect(findPartsDisclosures({ parts: [small, shown(40)], total: shown(43) })).toEqual([
      { kind: 'single-suppression-in-line', line: { axis: 'row', index: 0 } },
      { kind: 'derivable', cell: { row: 0, column: 0 } },
    ]);
  });

  it('refuses tables whose totals do not add up, negative counts and a threshold that protects nothing', () => {
    expect(() => protectCountParts({ parts: [3, 40], total: 44 })).toThrow(RangeError);
    expect(() => protectCountParts({ parts: [-1, 40], total: 39 })).toThrow(RangeError);
    expect(() => protectCountParts({ parts: [3, 40], total: 43 }, 1)).toThrow(RangeError);
    expect(() => protectCountTable({ cells: [[1, 2]], rowTotals: [3], columnTotals: [1], grandTotal: 3 })).toThrow(RangeError);
  });
});
