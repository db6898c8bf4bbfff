import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** An IOP in force within the period with its partners' names, unit and days. */
export type RunningIop = {
  case_number: string;
  title: string;
  partners: string | null;
  unit_sv: string | null;
  unit_en: string | null;
  activated_on: string;
  end_date: string | null;
};

/**
 * The IOPs in force within the period under the report's filters, by case number, each with its
 * partners' names joined in one statement; the end day is the day it ended or else its agreed end.
 */
export async function findRunningIops(db: Db, scope: ReportScope): Promise<RunningIop[]> {
  const { from, to } = scope;
  const result = await sql<RunningIop>`
    SELECT cooperation.case_number, cooperation.title,
           string_agg(organisation.name, ', ' ORDER BY organisation.name) AS partners,
           unit.name_sv AS unit_sv, unit.name_en AS unit_en, cooperation.activated_on,
           COALESCE(cooperation.ended_on, cooperation.end_date) AS end_date
    FROM cooperation
    LEFT JOIN unit ON unit.code = cooperation.unit_code
    LEFT JOIN cooperation_party ON cooperation_party.cooperation_id = cooperation.id
    LEFT JOIN organisation ON organisation.id = cooperation_party.organisation_id
    WHERE cooperation.form = 'iop' AND ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('running', from, to)}
    GROUP BY cooperation.id, unit.name_sv, unit.name_en
    ORDER BY cooperation.case_year, cooperation.case_sequence`.execute(db);
  return result.rows;
}
