import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** A unit (null: none given) with its name and the cooperations in force and new within the period. */
export type UnitCounts = { code: string | null; name_sv: string | null; name_en: string | null; running: number; started: number };

/** Cooperations in force and new within the period per responsible unit, in the units' order, those without a unit last. */
export async function countsByUnit(db: Db, scope: ReportScope): Promise<UnitCounts[]> {
  const { from, to } = scope;
  const result = await sql<UnitCounts>`
    SELECT cooperation.unit_code AS code, unit.name_sv, unit.name_en,
           count(*)::int AS running,
           count(*) FILTER (WHERE ${cooperationDidInPeriod('started', from, to)})::int AS started
    FROM cooperation LEFT JOIN unit ON unit.code = cooperation.unit_code
    WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('running', from, to)}
    GROUP BY cooperation.unit_code, unit.name_sv, unit.name_en, unit.sort_order
    ORDER BY cooperation.unit_code IS NULL, unit.sort_order, cooperation.unit_code`.execute(db);
  return result.rows;
}
