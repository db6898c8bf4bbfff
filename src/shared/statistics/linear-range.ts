/**
 * The smallest and largest value one unknown can take in a system of equations with bounds —
 * a small two-phase simplex (Bland's rule, so it cannot cycle). The statistics tables' equations
 * are totally unimodular, so with whole-number bounds the extremes are whole numbers and every
 * whole number between them is a possible value too.
 */

const EPSILON = 1e-9;

export type BoundedSystem = {
  /** Each equation: coefficients per unknown and the right-hand side. */
  equations: { coefficients: number[]; rhs: number }[];
  lower: number[];
  /** `Infinity` for no upper bound. */
  upper: number[];
};

/** The range of unknown `index`, or null when the system has no solution. */
export function rangeOfUnknown(system: BoundedSystem, index: number): { min: number; max: number } | null {
  const max = optimum(system, index, 1);
  if (max === null) return null;
  const negatedMin = optimum(system, index, -1);
  return { min: negatedMin === null ? max : 0 - negatedMin, max };
}

/** The largest value of sign × unknown `index`; null when infeasible. */
function optimum(system: BoundedSystem, index: number, sign: 1 | -1): number | null {
  const n = system.lower.length;
  // Shift to y = x − lower ≥ 0 and turn finite upper bounds into equations y + slack = upper − lower.
  const bounded = system.upper.flatMap((u, j) => (Number.isFinite(u) ? [j] : []));
  const width = n + bounded.length;
  const rows: number[][] = [];
  const rhs: number[] = [];
  for (const eq of system.equations) {
    rows.push([...eq.coefficients, ...bounded.map(() => 0)]);
    rhs.push(eq.rhs - eq.coefficients.reduce((s, a, j) => s + a * (system.lower[j] as number), 0));
  }
  bounded.forEach((j, k) => {
    const row = Array.from({ length: width }, () => 0);
    row[j] = 1;
    row[n + k] = 1;
    rows.push(row);
    rhs.push((system.upper[j] as number) - (system.lower[j] as number));
  });
  const objective = Array.from({ length: width }, (_, j) => (j === index ? sign : 0));
  const best = maximize(objective, rows, rhs);
  if (best === null) return null;
  return best + sign * (system.lower[index] as number);
}

/** max c·x subject to rows·x = rhs, x ≥ 0; null when infeasible, Infinity when unbounded. */
function maximize(c: number[], rows: number[][], rhs: number[]): number | null {
  const m = rows.length;
  const n = c.length;
  const tableau = rows.map((row, i) => {
    const sign = (rhs[i] as number) < 0 ? -1 : 1;
    const line = [...row.map((a) => a * sign), ...Array.from({ length: m }, (_, k) => (k === i ? 1 : 0)), (rhs[i] as number) * sign];
    return line;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const phaseOne = Array.from({ length: n + m }, (_, j) => (j >= n ? -1 : 0));
  run(tableau, basis, phaseOne, n + m);
  if (value(tableau, basis, phaseOne) < -EPSILON) return null;
  // Drive artificials still in the basis (at zero) out where a real column can replace them.
  basis.forEach((b, i) => {
    if (b < n) return;
    const j = (tableau[i] as number[]).findIndex((a, k) => k < n && Math.abs(a) > EPSILON);
    if (j >= 0) pivot(tableau, basis, i, j);
  });
  const phaseTwo = [...c, ...Array.from({ length: m }, () => 0)];
  if (!run(tableau, basis, phaseTwo, n)) return Infinity;
  return value(tableau, basis, phaseTwo);
}

/** Simplex iterations over the first `allowed` columns; false when unbounded. */
function run(tableau: number[][], basis: number[], objective: number[], allowed: number): boolean {
  for (;;) {
    let entering = -1;
    for (let j = 0; j < allowed && entering < 0; j += 1) {
      if (basis.includes(j)) continue;
      const reduced = (objective[j] as number) - tableau.reduce((s, row, i) => s + (objective[basis[i] as number] as number) * (row[j] as number), 0);
      if (reduced > EPSILON) entering = j;
    }
    if (entering < 0) return true;
    let leaving = -1;
    let bestRatio = Infinity;
    tableau.forEach((row, i) => {
      const a = row[entering] as number;
      if (a <= EPSILON) return;
      const ratio = (row.at(-1) as number) / a;
      if (ratio < bestRatio - EPSILON || (Math.abs(ratio - bestRatio) <= EPSILON && (basis[i] as number) < (basis[leaving] as number))) {
        bestRatio = ratio;
        leaving = i;
      }
    });
    if (leaving < 0) return false;
    pivot(tableau, basis, leaving, entering);
  }
}

function pivot(tableau: number[][], basis: number[], row: number, column: number): void {
  const top = tableau[row] as number[];
  const factor = top[column] as number;
  for (let k = 0; k < top.length; k += 1) top[k] = (top[k] as number) / factor;
  tableau.forEach((line, i) => {
    if (i === row) return;
    const a = line[column] as number;
    if (Math.abs(a) <= EPSILON) return;
    for (let k = 0; k < line.length; k += 1) line[k] = (line[k] as number) - a * (top[k] as number);
  });
  basis[row] = column;
}

function value(tableau: number[][], basis: number[], objective: number[]): number {
  return tableau.reduce((s, row, i) => s + (objective[basis[i] as number] as number) * (row.at(-1) as number), 0);
}
