import { sql } from 'kysely';
import { cooperationInScope } from '../report-scope.repository';
import type { Db } from '../../../db/database';
import type { MeasurementCategoryRow } from '../../../db/schema-measurements';
import type { ReportScope } from '../report-section';

/** A breakdown's values over the periods: the sum of the known values and the latest known one (null when none is known). */
type Values = { sum: number | null; latest: number | null };

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
  /** The total's values; null when no total cell was saved in the periods. */
  total: Values | null;
  /** The gender and target-group breakdowns' values by `<dimension>.<category>`. */
  parts: Record<string, [number | null, number | null]> | null;
  /** Any gender cell (a value or unknown) was saved: the indicator counts persons. */
  has_gender: boolean;
};

/**
 * Every indicator of the adopted plans of the year of the cooperations in scope (AGR-6, AGR-2),
 * with its cells of the given periods aggregated, in one statement. Only the sheets of the
 * cooperation as a whole are read: a cluster's sheet is that cluster's own follow-up, already part
 * of the whole, and nowhere does the register add clusters to the whole.
 */
export async function indicatorResults(db: Db, scope: ReportScope, periods: readonly string[]): Promise<IndicatorResultRow[]> {
  const result = await sql<IndicatorResultRow>`
    WITH plans AS (
      SELECT p.id, cooperation.case_number, cooperation.title, cooperation.form
      FROM activity_plan p
      JOIN cooperation ON cooperation.id = p.cooperation_id
      WHERE p.year = ${scope.year} AND p.status = 'adopted' AND ${cooperationInScope(scope)}
    ),
    cells AS (
      SELECT c.indicator_id, c.dimension, c.category,
             sum(c.value) FILTER (WHERE NOT c.unknown AND c.value IS NOT NULL) AS sum,
             (array_agg(c.value ORDER BY s.period DESC) FILTER (WHERE NOT c.unknown AND c.value IS NOT NULL))[1] AS latest
      FROM measurement_sheet s
      JOIN plans ON plans.id = s.plan_id
      JOIN measurement_cell c ON c.sheet_id = s.id
      WHERE s.cluster_id IS NULL AND s.period = ANY(${[...periods]}::text[])
      GROUP BY c.indicator_id, c.dimension, c.category
    ),
    pivot AS (
      SELECT indicator_id,
             jsonb_build_object('sum', max(sum) FILTER (WHERE dimension IS NULL), 'latest', max(latest) FILTER (WHERE dimension IS NULL)) AS total,
             bool_or(dimension IS NULL) AS has_total,
             jsonb_object_agg(dimension || '.' || category, jsonb_build_array(sum, latest)) FILTER (WHERE dimension IN ('gender', 'target_group')) AS parts,
             bool_or(dimension = 'gender') AS has_gender
      FROM cells
      GROUP BY indicator_id
    )
    SELECT i.id, plans.case_number, plans.title, plans.form, i.name, i.kind, i.unit, i.baseline, i.target, i.direction, i.assessment,
           CASE WHEN pivot.has_total THEN pivot.total END AS total, pivot.parts, coalesce(pivot.has_gender, false) AS has_gender
    FROM plan_indicator i
    JOIN plans ON plans.id = i.plan_id
    JOIN plan_goal g ON g.id = i.goal_id
    LEFT JOIN pivot ON pivot.indicator_id = i.id
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
