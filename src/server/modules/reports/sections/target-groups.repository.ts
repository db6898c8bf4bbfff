import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** A target group (null: none given) with its name and the cooperations in force and new within the period. */
export type TargetGroupCounts = { code: string | null; name_sv: string | null; name_en: string | null; running: number; started: number };

/**
 * Cooperations in force and new within the period per target group; a cooperation serving several
 * groups is counted under each, and one with none under the null row. One statement.
 */
export async function countsByTargetGroup(db: Db, scope: ReportScope): Promise<TargetGroupCounts[]> {
  const { from, to } = scope;
  const result = await sql<TargetGroupCounts>`
    SELECT g.code, target_group.name_sv, target_group.name_en,
           count(*)::int AS running,
           count(*) FILTER (WHERE ${cooperationDidInPeriod('started', from, to)})::int AS started
    FROM cooperation
    CROSS JOIN LATERAL (SELECT unnest(cooperation.target_groups) AS code
                        UNION ALL SELECT NULL WHERE cardinality(cooperation.target_groups) = 0) g
    LEFT JOIN target_group ON target_group.code = g.code
    WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('running', from, to)}
    GROUP BY g.code, target_group.name_sv, target_group.name_en, target_group.sort_order
    ORDER BY g.code IS NULL, target_group.sort_order, g.code`.execute(db);
  return result.rows;
}
