import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { type ReportScope, scopeIsFiltered } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** One cell of the severity × status table, with how many of those were decided and closed within the period. */
export type DeviationCountRow = { severity: string; status: string; occurred: number; decided: number; closed: number };

/**
 * Deviations that occurred within the period by severity and status (AGR-4), in one statement.
 * With a filter only deviations in a cooperation in scope count; those in a body or a routine have
 * no area, unit or form, so they count only in the unfiltered report.
 */
export async function deviationCounts(db: Db, scope: ReportScope): Promise<DeviationCountRow[]> {
  const { from, to } = scope;
  const inScope = scopeIsFiltered(scope) ? sql<boolean>`(cooperation.id IS NOT NULL AND ${cooperationInScope(scope)})` : sql<boolean>`TRUE`;
  // Decisions and closings are instants; the period is days in the city's time zone.
  const within = (column: 'decided_at' | 'closed_at') =>
    sql<boolean>`(${sql.ref(`d.${column}`)} AT TIME ZONE ${scope.timeZone})::date BETWEEN ${from}::date AND ${to}::date`;
  const result = await sql<DeviationCountRow>`
    SELECT d.severity, d.status, count(*)::int AS occurred,
           count(*) FILTER (WHERE ${within('decided_at')})::int AS decided,
           count(*) FILTER (WHERE ${within('closed_at')})::int AS closed
    FROM deviation d
    LEFT JOIN cooperation ON cooperation.id = d.cooperation_id
    WHERE d.occurred_on BETWEEN ${from}::date AND ${to}::date AND ${inScope}
    GROUP BY d.severity, d.status`.execute(db);
  return result.rows;
}
