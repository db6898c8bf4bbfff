/**
 * How the committee's report forms an indicator's result for the year and judges it against the
 * target (AGR-6, AGR-2, IOP-7). Measurements are counts per period (a year or a semester); the
 * year's result of a count is the sum of the periods' values, as the clusters' yearly figures are
 * summed (measurement-progression.rules); unknown or missing periods are left out, never read as 0.
 */

/** The measurement periods of a year that lie wholly within the report's period `from`–`to`. */
export function periodsWithin(year: number, from: string, to: string): string[] {
  const covers = (start: string, end: string) => from <= `${year}-${start}` && to >= `${year}-${end}`;
  const periods: string[] = [];
  if (covers('01-01', '12-31')) periods.push(String(year));
  if (covers('01-01', '06-30')) periods.push(`${year}-H1`);
  if (covers('07-01', '12-31')) periods.push(`${year}-H2`);
  return periods;
}

/**
 * What in a unit's name makes it a share (per cent, proportion); a POSIX and a JavaScript regular
 * expression alike, so the report's SQL (`~*`) and this module judge a unit the same way.
 */
export const SHARE_UNIT_PATTERN = '%|procent|andel|percent|share';

/** A unit that is a share (per cent, proportion), which is not summed over periods. */
export function isShareUnit(unit: string | null): boolean {
  return unit !== null && new RegExp(SHARE_UNIT_PATTERN, 'i').test(unit);
}

/** A breakdown's values over the periods: the sum of the known values and the latest known value. */
export type PeriodValues = { sum: number | null; latest: number | null };

/** The year's result: the sum of the periods for a count, the latest period's value for a share; null when none is known. */
export function yearResult(values: PeriodValues | undefined, unit: string | null): number | null {
  if (!values) return null;
  return isShareUnit(unit) ? values.latest : values.sum;
}

export type IndicatorOutcome = 'met' | 'partly' | 'not_met' | 'not_measured';

/**
 * Whether an indicator met its target: a quantitative one by its result against the target in the
 * direction it improves (reaching the target counts as met); a qualitative one by its assessment.
 * Without a result, a target or an assessment it is not measured.
 */
export function indicatorOutcome(i: {
  kind: 'quantitative' | 'qualitative';
  target: number | null;
  direction: 'higher' | 'lower' | null;
  result: number | null;
  assessment: 'met' | 'partly' | 'not_met' | null;
}): IndicatorOutcome {
  if (i.kind === 'qualitative') return i.assessment ?? 'not_measured';
  if (i.result === null || i.target === null) return 'not_measured';
  const met = i.direction === 'lower' ? i.result <= i.target : i.result >= i.target;
  return met ? 'met' : 'not_met';
}
