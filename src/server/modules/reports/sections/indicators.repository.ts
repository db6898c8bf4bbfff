import { sql } from 'kysely';
import { cooperationInScope } from '../report-scope.repository';
import type { Db } from '../../../db/database';
import type { MeasurementCategoryRow } from '../../../db/schema-measurements';
import type { ReportScope } from '../report-section';
import { SHARE_UNIT_PATTERN } from '../../../../shared/reports/indicator-result.rules';

/** A breakdown of a measurement: the total (null) or one category of a dimension. */
export type BreakdownKey = { dimension: 'gender' | 'target_group'; code: string } | null;

/** Counts of indicators by form and outcome (AGR-2): met, partly met, not met, not measured. */
export type IndicatorFormRow = { form: string; outcome: 'met' | 'partly' | 'not_met' | 'not_measured'; n: number };

/** The indicators of one name and unit (case and spacing aside), with what they add up to. */
export type IndicatorGroupRow = {
  name: string;
  unit: string | null;
  n: number;
  /** Sums over the group's quantitative indicators that are not shares (null when none has a value). */
  target: number | null;
  result: number | null;
  met: number;
  partly: number;
  not_met: number;
  not_measured: number;
  /** Of the group, the indicators that count persons: quantitative, not a share, with gender cells and a result. */
  persons_n: number;
  persons_total: number | null;
  /** Their year values per breakdown asked for after the total (in its order), summed; null when none is known. */
  persons_parts: (number | null)[];
};

/**
 * The indicators of the adopted plans of the year of the cooperations in scope (AGR-6, AGR-2),
 * judged and aggregated in one statement: each indicator's year result from the cells of the given
 * periods (the sum of the periods' known values, or the latest known value for a share, as
 * `yearResult` says), its outcome against its target (as `indicatorOutcome` says), then counted per
 * form and outcome and summed per name and unit, so that no row per indicator leaves the database.
 * Only the sheets of the cooperation as a whole are read: a cluster's sheet is that cluster's own
 * follow-up, already part of the whole, and nowhere does the register add clusters to the whole.
 * A sheet holds one cell per indicator and breakdown, so a period's value is the `max` of its cell.
 */
export async function indicatorAggregates(
  db: Db,
  scope: ReportScope,
  periods: readonly string[],
  breakdowns: readonly BreakdownKey[],
): Promise<{ byForm: IndicatorFormRow[]; groups: IndicatorGroupRow[] }> {
  const known = sql`NOT c.unknown AND c.value IS NOT NULL`;
  const of = (k: BreakdownKey) => (k === null ? sql`c.dimension IS NULL` : sql`c.dimension = ${k.dimension} AND c.category = ${k.code}`);
  // Latest first: '2025-H2' sorts after '2025-H1', which sorts after '2025'.
  const newestFirst = [...periods].sort().reverse();
  const sums = breakdowns.map((k) => sql`sum(c.value) FILTER (WHERE ${of(k)} AND ${known})`);
  // Only a share's result reads its latest period, and a share counts no persons: the total alone is needed.
  const latestTotal =
    newestFirst.length === 0 ? sql`NULL::float8` : sql`coalesce(${sql.join(newestFirst.map((p) => sql`max(c.value) FILTER (WHERE ${of(null)} AND ${known} AND s.period = ${p})`))})`;
  const parts = breakdowns.slice(1).map((_, k) => sql`sum(o.vals[${k + 2}]) FILTER (WHERE o.counts_persons)`);
  const result = await sql<(IndicatorGroupRow & { by_form: boolean; form: string | null; outcome: IndicatorFormRow['outcome'] | null })>`
    WITH plans AS (
      SELECT p.id, cooperation.form
      FROM activity_plan p
      JOIN cooperation ON cooperation.id = p.cooperation_id
      WHERE p.year = ${scope.year} AND p.status = 'adopted' AND ${cooperationInScope(scope)}
    ),
    measured AS (
      SELECT c.indicator_id,
             ARRAY[${sql.join(sums)}]::float8[] AS sums,
             ${latestTotal} AS latest_total,
             bool_or(c.dimension = 'gender') AS has_gender
      FROM measurement_sheet s
      JOIN plans ON plans.id = s.plan_id
      JOIN measurement_cell c ON c.sheet_id = s.id
      WHERE s.cluster_id IS NULL AND s.period = ANY(${[...periods]}::text[])
      GROUP BY c.indicator_id
    ),
    judged AS (
      SELECT plans.form, i.kind, i.target, i.direction, i.assessment, btrim(i.name) AS name, i.unit,
             lower(btrim(i.name)) AS name_key, lower(btrim(coalesce(i.unit, ''))) AS unit_key,
             coalesce(i.unit ~* ${SHARE_UNIT_PATTERN}, false) AS is_share,
             CASE WHEN coalesce(i.unit ~* ${SHARE_UNIT_PATTERN}, false) THEN ARRAY[measured.latest_total] ELSE measured.sums END AS vals,
             coalesce(measured.has_gender, false) AS has_gender
      FROM plan_indicator i
      JOIN plans ON plans.id = i.plan_id
      LEFT JOIN measured ON measured.indicator_id = i.id
    ),
    o AS (
      SELECT j.*, j.vals[1] AS result,
             CASE WHEN j.kind = 'qualitative' THEN coalesce(j.assessment, 'not_measured')
                  WHEN j.vals[1] IS NULL OR j.target IS NULL THEN 'not_measured'
                  WHEN CASE WHEN j.direction = 'lower' THEN j.vals[1] <= j.target ELSE j.vals[1] >= j.target END THEN 'met'
                  ELSE 'not_met' END AS outcome,
             (j.kind = 'quantitative' AND NOT j.is_share) AS summable,
             (j.kind = 'quantitative' AND NOT j.is_share AND j.has_gender AND j.vals[1] IS NOT NULL) AS counts_persons
      FROM judged j
    )
    SELECT GROUPING(o.form) = 0 AS by_form, o.form, o.outcome,
           min(o.name) AS name, min(o.unit) AS unit, count(*)::int AS n,
           sum(o.target) FILTER (WHERE o.summable) AS target,
           sum(o.result) FILTER (WHERE o.summable) AS result,
           count(*) FILTER (WHERE o.outcome = 'met')::int AS met,
           count(*) FILTER (WHERE o.outcome = 'partly')::int AS partly,
           count(*) FILTER (WHERE o.outcome = 'not_met')::int AS not_met,
           count(*) FILTER (WHERE o.outcome = 'not_measured')::int AS not_measured,
           count(*) FILTER (WHERE o.counts_persons)::int AS persons_n,
           sum(o.result) FILTER (WHERE o.counts_persons) AS persons_total,
           ${parts.length > 0 ? sql`ARRAY[${sql.join(parts)}]::float8[]` : sql`ARRAY[]::float8[]`} AS persons_parts
    FROM o
    GROUP BY GROUPING SETS ((o.form, o.outcome), (o.name_key, o.unit_key))`.execute(db);
  const byForm: IndicatorFormRow[] = [];
  const groups: IndicatorGroupRow[] = [];
  for (const { by_form, form, outcome, ...group } of result.rows) {
    if (by_form) byForm.push({ form: form ?? '', outcome: outcome ?? 'not_measured', n: group.n });
    else groups.push(group);
  }
  return { byForm, groups };
}

/** The gender and target-group categories, in position order (reference data, AGR-6). */
export function breakdownCategories(db: Db): Promise<Pick<MeasurementCategoryRow, 'dimension' | 'code' | 'name_sv' | 'name_en' | 'active'>[]> {
  return db
    .selectFrom('measurement_category')
    .select(['dimension', 'code', 'name_sv', 'name_en', 'active'])
    .where('dimension', 'in', ['gender', 'target_group'])
    .orderBy('dimension')
    .orderBy('position')
    .orderBy('code')
    .execute();
}
