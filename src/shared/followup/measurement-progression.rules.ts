/**
 * A cluster's progression against its local mapping of unemployment (003 §7.1): throughput (the
 * participants as a share of the unemployed mapped), and the shares of participants who start
 * work and who start studies — computed from the cluster's measurements of the year's periods.
 */

/** One period's total of an indicator: a value, or null when unknown or not entered. */
export type PeriodTotal = { period: string; value: number | null };

/** A yearly figure summed over the periods, with whether every period was given. */
export type YearFigure = { value: number | null; complete: boolean };

/** Sums the periods' totals; unknown or missing periods leave the sum incomplete, never counted as 0. */
export function sumPeriods(periods: readonly string[], totals: readonly PeriodTotal[]): YearFigure {
  const values = periods.map((p) => totals.find((t) => t.period === p)?.value ?? null);
  const known = values.filter((v): v is number => v !== null);
  return { value: known.length === 0 ? null : known.reduce((a, v) => a + v, 0), complete: known.length === periods.length };
}

/** A share (0–1), or null when either part is unknown or the whole is 0. */
export function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return part / whole;
}

/** The progression of a cluster for a year from its mapping and its yearly figures (003 §7.1). */
export function clusterProgression(input: {
  unemployed: number | null;
  participants: YearFigure | null;
  startedWork: YearFigure | null;
  startedStudies: YearFigure | null;
}): { throughput: number | null; workShare: number | null; studiesShare: number | null; complete: boolean } {
  const figures = [input.participants, input.startedWork, input.startedStudies];
  return {
    throughput: share(input.participants?.value ?? null, input.unemployed),
    workShare: share(input.startedWork?.value ?? null, input.participants?.value ?? null),
    studiesShare: share(input.startedStudies?.value ?? null, input.participants?.value ?? null),
    complete: input.unemployed !== null && figures.every((f) => f !== null && f.complete),
  };
}
