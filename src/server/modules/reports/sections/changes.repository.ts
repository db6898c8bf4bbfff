import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** New, ended and terminated cooperations per month (`YYYY-MM`) of the period; months without any are left out. */
export async function changesByMonth(db: Db, scope: ReportScope): Promise<{ month: string; started: number; ended: number; terminated: number }[]> {
  const { from, to } = scope;
  const result = await sql<{ month: string; started: number; ended: number; terminated: number }>`
    SELECT month, sum(started)::int AS started, sum(ended)::int AS ended, sum(terminated)::int AS terminated FROM (
      SELECT to_char(cooperation.activated_on, 'YYYY-MM') AS month, count(*) AS started, 0 AS ended, 0 AS terminated
      FROM cooperation WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('started', from, to)}
      GROUP BY 1
      UNION ALL
      SELECT to_char(cooperation.ended_on, 'YYYY-MM'), 0, count(*), count(*) FILTER (WHERE ${cooperationDidInPeriod('terminated', from, to)})
      FROM cooperation WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('ended', from, to)}
      GROUP BY 1) m
    GROUP BY month ORDER BY month`.execute(db);
  return result.rows;
}

/** A cooperation ended within the period, with its termination (kind, reason, effective day) when one ended it. */
export type EndedCooperation = {
  case_number: string;
  title: string;
  form: string;
  ended_on: string;
  ended_reason: string | null;
  termination_kind: 'notice' | 'rescission' | null;
  termination_reason: string | null;
  effective_on: string | null;
};

/**
 * The cooperations that ended within the period, by day and case number, each with the termination
 * in force that ended it (effected and not withdrawn, as `cooperationDidInPeriod('terminated')` reads it).
 */
export async function findEndedCooperations(db: Db, scope: ReportScope): Promise<EndedCooperation[]> {
  const { from, to } = scope;
  const result = await sql<EndedCooperation>`
    SELECT cooperation.case_number, cooperation.title, cooperation.form, cooperation.ended_on, cooperation.ended_reason,
           t.kind AS termination_kind, t.reason AS termination_reason, t.effective_on
    FROM cooperation
    LEFT JOIN cooperation_termination t
      ON t.cooperation_id = cooperation.id AND t.effected_at IS NOT NULL AND t.withdrawn_at IS NULL
    WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('ended', from, to)}
    ORDER BY cooperation.ended_on, cooperation.case_year, cooperation.case_sequence`.execute(db);
  return result.rows;
}
