import { sql } from 'kysely';
import { cooperationInScope } from '../report-scope.repository';
import type { Db } from '../../../db/database';
import type { MeasurementCategoryRow } from '../../../db/schema-measurements';
import type { ReportScope } from '../report-section';

/** A breakdown of a measurement: the total (null) or one category of a dimension. */
export type BreakdownKey = { dimension: 'gender' | 'target_group'; code: string } | null;

/** An indicator of an adopted plan of the year, with its measurements of the periods read. */
export type IndicatorResultRow = {
  id: string;
  case_number: string;
  title: string;
  form: string;
  name: string;
  kind: 'quantitative' | 'qualitative';
  unit: string | null;
  baseline: number | null;
  target: number | null;
  direction: 'higher' | 'lower' | null;
  assessment: 'met' | 'partly' | 'not_met' | null;
  /** Per breakdown asked for (in its order): the sum of the periods' known values, null when none is known. */
  sums: (number | null)[] | null;
  /** Per breakdown asked for: the latest period's known value, null when none is known. */
  latest: (number | null)[] | null;
  /** Any gender cell (a value or unknown) was saved: the indicator counts persons. */
  has_gender: boolean;
};

/**
 * Every indicator of the adopted plans of the year of the cooperations in scope (AGR-6, AGR-2),
 * with its cells of the given periods aggregated per breakdown, in one statement grouped by
 * indicator. Only the sheets of the cooperation as a whole are read: a cluster's sheet is that
 * cluster's own follow-up, already part of the whole, and nowhere does the register add clusters
 * to the whole. A sheet holds one cell per indicator and breakdown, so a period's value is the
 * `max` of its one cell.
 */
export async function indicatorResults(db: Db, scope: ReportScope, periods: readonly string[], breakdowns: readonly BreakdownKey[]): Promise<IndicatorResultRow[]> {
  const known = sql`NOT c.unknown AND c.value IS NOT NULL`;
  const of = (k: BreakdownKey) => (k === null ? sql`c.dimension IS NULL` : sql`c.dimension = ${k.dimension} AND c.category = ${k.code}`);
  // Latest first: '2025-H2' sorts after '2025-H1', which sorts after '2025'.
  const newestFirst = [...periods].sort().reverse();
  const sums = breakdowns.map((k) => sql`sum(c.value) FILTER (WHERE ${of(k)} AND ${known})`);
  const latest = breakdowns.map((k) =>
    newestFirst.length === 0 ? sql`NULL::float8` : sql`coalesce(${sql.join(newestFirst.map((p) => sql`max(c.value) FILTER (WHERE ${of(k)} AND ${known} AND s.period = ${p})`))})`,
  );
  const result = await sql<IndicatorResultRow>`
    WITH plans AS (
      SELECT p.id, cooperation.case_number, cooperation.title, cooperation.form
      FROM activity_plan p
      JOIN cooperation ON cooperation.id = p.cooperation_id
      WHERE p.year = ${scope.year} AND p.status = 'adopted' AND ${cooperationInScope(scope)}
    ),
    measured AS (
      SELECT c.indicator_id,
             ARRAY[${sql.join(sums)}]::float8[] AS sums,
             ARRAY[${sql.join(latest)}]::float8[] AS latest,
             bool_or(c.dimension = 'gender') AS has_gender
      FROM measurement_sheet s
      JOIN plans ON plans.id = s.plan_id
      JOIN measurement_cell c ON c.sheet_id = s.id
      WHERE s.cluster_id IS NULL AND s.period = ANY(${[...periods]}::text[])
      GROUP BY c.indicator_id
    )
    SELECT i.id, plans.case_number, plans.title, plans.form, i.name, i.kind, i.unit, i.baseline, i.target, i.direction, i.assessment,
           measured.sums, measured.latest, coalesce(measured.has_gender, false) AS has_gender
    FROM plan_indicator i
    JOIN plans ON plans.id = i.plan_id
    JOIN plan_goal g ON g.id = i.goal_id
    LEFT JOIN measured ON measured.indicator_id = i.id
    ORDER BY plans.case_number, g.position, i.position, i.id`.execute(db);
  return result.rows;
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
