import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** A top-level area with the codes the list's `area=` filter widens it to, and its counts in the period. */
export type AreaCounts = { code: string; name_sv: string; name_en: string; codes: string[]; running: number; started: number };

/**
 * Cooperations in force and new within the period per top-level area, a cooperation counted under
 * an area when it has that area or one of its sub-areas. The codes are widened as the list's
 * `findAreaCodesWithin` widens them (active area and active sub-areas, else the code itself), so
 * a row and its list agree (issue 13 pt 7). One statement; areas without cooperations are left out.
 */
export async function countsByTopArea(db: Db, scope: ReportScope): Promise<AreaCounts[]> {
  const { from, to } = scope;
  // Each of a cooperation's area codes is matched to the top-level areas that cover it by equality
  // (a hash join), not by comparing arrays per area; DISTINCT counts a cooperation once per area.
  const result = await sql<AreaCounts>`
    WITH tops AS (
      SELECT t.code, t.name_sv, t.name_en, t.sort_order,
             COALESCE((SELECT array_agg(a.code ORDER BY a.sort_order) FROM area a
                       WHERE a.active AND (a.code = t.code OR a.parent_code = t.code)), ARRAY[t.code]) AS codes
      FROM area t WHERE t.parent_code IS NULL),
    covered AS (SELECT tops.code AS top_code, unnest(tops.codes) AS code FROM tops)
    SELECT tops.code, tops.name_sv, tops.name_en, tops.codes,
           count(DISTINCT cooperation.id)::int AS running,
           count(DISTINCT cooperation.id) FILTER (WHERE ${cooperationDidInPeriod('started', from, to)})::int AS started
    FROM cooperation
    CROSS JOIN LATERAL unnest(cooperation.areas) AS own(code)
    JOIN covered ON covered.code = own.code
    JOIN tops ON tops.code = covered.top_code
    WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('running', from, to)}
    GROUP BY tops.code, tops.name_sv, tops.name_en, tops.codes, tops.sort_order
    ORDER BY tops.sort_order, tops.code`.execute(db);
  return result.rows;
}

/** Cooperations in force and new within the period under the report's filters, each counted once. */
export async function countsInScope(db: Db, scope: ReportScope): Promise<{ running: number; started: number }> {
  const { from, to } = scope;
  const row = await db
    .selectFrom('cooperation')
    .select([
      sql<number>`count(*)::int`.as('running'),
      sql<number>`count(*) FILTER (WHERE ${cooperationDidInPeriod('started', from, to)})::int`.as('started'),
    ])
    .where(cooperationInScope(scope))
    .where(cooperationDidInPeriod('running', from, to))
    .executeTakeFirstOrThrow();
  return row;
}
