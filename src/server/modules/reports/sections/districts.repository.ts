import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/**
 * The organisations that are parties of cooperations in force within the period under the report's
 * filters, counted once each and grouped by the districts they are recorded with (AGR-9), so the
 * caller can map each recorded district to the unit in force without reading one organisation at a time.
 */
export async function countPartiesByRecordedDistricts(db: Db, scope: ReportScope): Promise<{ districts: string[]; organisations: number }[]> {
  const { from, to } = scope;
  const result = await sql<{ districts: string[]; organisations: number }>`
    SELECT organisation.districts, count(*)::int AS organisations
    FROM organisation
    WHERE EXISTS (SELECT 1 FROM cooperation_party JOIN cooperation ON cooperation.id = cooperation_party.cooperation_id
                  WHERE cooperation_party.organisation_id = organisation.id
                    AND ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('running', from, to)})
    GROUP BY organisation.districts`.execute(db);
  return result.rows;
}
