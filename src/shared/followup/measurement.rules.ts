/**
 * Rules of disaggregated measurements (AGR-6): periods of a plan and the checks a grid of
 * aggregate cells must pass. Shared by the server (which refuses a violation with 400) and the
 * web grid (which checks while typing).
 */

/** The dimensions a measurement is broken down by; the total is its own cell, not a dimension. */
export const MEASUREMENT_DIMENSIONS = ['gender', 'target_group', 'focus_group'] as const;
export type MeasurementDimension = (typeof MEASUREMENT_DIMENSIONS)[number];

/** How often a plan is measured (as its `period_kind` says). */
export type PeriodKind = 'semester' | 'year';

/** A period: a year ('2026') or a semester of a year ('2026-H1', '2026-H2'). */
export const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;

/** The periods of a plan year: two semesters or the year itself. */
export function periodsOfPlan(kind: PeriodKind, year: number): string[] {
  return kind === 'semester' ? [`${year}-H1`, `${year}-H2`] : [String(year)];
}

/** The year a period belongs to, or null when the text is not a period. */
export function yearOfPeriod(period: string): number | null {
  const match = PERIOD_PATTERN.exec(period);
  return match ? Number(match[1]) : null;
}

/** The period before: the first semester's is the previous year's second, a year's the year before. */
export function previousPeriod(period: string): string | null {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return String(year - 1);
  return match[2] === '2' ? `${year}-H1` : `${year - 1}-H2`;
}

/** A breakdown as one text: 'total' or '<dimension>.<category>'. */
export function breakdownKey(dimension: MeasurementDimension | null, category: string | null): string {
  return dimension === null || category === null ? 'total' : `${dimension}.${category}`;
}

/** A cell as the rules see it: its place and its value (null when marked unknown). */
export type RuleCell = {
  indicatorId: string;
  period: string;
  clusterId: string | null;
  dimension: MeasurementDimension | null;
  category: string | null;
  value: number | null;
};

export type MeasurementRule = 'exceeds_total' | 'gender_sum';

/** A cell that breaks a rule, named by indicator, period, cluster and breakdown (AGR-6). */
export type MeasurementViolation = {
  /** The position of the offending cell in the list checked. */
  index: number;
  indicatorId: string;
  period: string;
  clusterId: string | null;
  breakdown: string;
  rule: MeasurementRule;
  total: number;
  /** The breakdown's value (exceeds_total) or the sum of the gender parts (gender_sum). */
  value: number;
};

const groupKey = (c: RuleCell) => `${c.indicatorId}|${c.period}|${c.clusterId ?? ''}`;
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Checks a grid of cells (AGR-6): a breakdown may not exceed its total; the gender parts must add
 * up to the total when the total and every gender part are given (not unknown, not absent); each
 * target group and focus group is checked only against the total, since they may overlap. Cells
 * are compared within their indicator, period and cluster.
 */
export function checkMeasurements(cells: readonly RuleCell[], genderCodes: readonly string[]): MeasurementViolation[] {
  const groups = new Map<string, number[]>();
  cells.forEach((c, i) => {
    const key = groupKey(c);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const violations: MeasurementViolation[] = [];
  for (const indexes of groups.values()) {
    const totalIndex = indexes.find((i) => cells[i]!.dimension === null);
    const total = totalIndex === undefined ? null : cells[totalIndex]!.value;
    if (totalIndex === undefined || total === null) continue;
    const place = (i: number) => {
      const c = cells[i]!;
      return { index: i, indicatorId: c.indicatorId, period: c.period, clusterId: c.clusterId, breakdown: breakdownKey(c.dimension, c.category) };
    };
    for (const i of indexes) {
      const value = cells[i]!.value;
      if (i !== totalIndex && value !== null && value > total && !sameNumber(value, total)) {
        violations.push({ ...place(i), rule: 'exceeds_total', total, value });
      }
    }
    const genderValues = genderCodes.map((code) => indexes.map((i) => cells[i]!).find((c) => c.dimension === 'gender' && c.category === code)?.value ?? null);
    if (genderCodes.length > 0 && genderValues.every((v) => v !== null)) {
      const sum = genderValues.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (!sameNumber(sum, total)) violations.push({ ...place(totalIndex), rule: 'gender_sum', total, value: sum });
    }
  }
  return violations;
}
