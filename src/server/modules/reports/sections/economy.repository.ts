import { sql } from 'kysely';
import { currentEconomyRows } from '../../cooperations/cooperation-economy.repository';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import { cooperationInScope } from '../report-scope.repository';
import type { Db } from '../../../db/database';
import type { ReportScope } from '../report-section';

/** A cooperation's budget and outcome of the report's year, in whole kronor (IOP-9). */
export type CooperationEconomyRow = {
  id: string;
  case_number: string;
  title: string;
  form: string;
  budget_money: number;
  budget_in_kind: number;
  outcome_money: number;
  outcome_in_kind: number;
};

// The cooperations the section counts: in scope and in force at some day of the period.
const counted = (scope: ReportScope) => sql`
  SELECT cooperation.id, cooperation.case_number, cooperation.title, cooperation.form
  FROM cooperation
  WHERE ${cooperationInScope(scope)} AND ${cooperationDidInPeriod('running', scope.from, scope.to)}`;

/**
 * Budget and outcome of the year per counted cooperation that has either (IOP-9), in one
 * statement: the budget is the year's rows of the economy of the current version of each of its
 * agreements (as the cooperation's economy page reads them), the outcome its live outcome entries
 * of the year; "has either" is what the list's `economyYear` filter selects (`cooperationHasEconomyInYear`).
 */
export async function economyByCooperation(db: Db, scope: ReportScope): Promise<CooperationEconomyRow[]> {
  const result = await sql<CooperationEconomyRow>`
    WITH counted AS (${counted(scope)}),
    budget AS (
      SELECT a.cooperation_id,
             sum(coalesce(e."moneySek", 0))::float8 AS money,
             sum(coalesce(e."inKindSek", 0))::float8 AS in_kind
      FROM agreement a
      JOIN counted ON counted.id = a.cooperation_id
      JOIN ${currentEconomyRows}
      WHERE e.year = ${scope.year}
      GROUP BY a.cooperation_id
    ),
    outcome AS (
      SELECT o.cooperation_id,
             coalesce(sum(o.amount_sek) FILTER (WHERE o.kind = 'money'), 0)::float8 AS money,
             coalesce(sum(o.amount_sek) FILTER (WHERE o.kind = 'in_kind'), 0)::float8 AS in_kind
      FROM economy_outcome o
      JOIN counted ON counted.id = o.cooperation_id
      WHERE o.year = ${scope.year} AND o.removed_at IS NULL
      GROUP BY o.cooperation_id
    )
    SELECT counted.id, counted.case_number, counted.title, counted.form,
           coalesce(budget.money, 0) AS budget_money, coalesce(budget.in_kind, 0) AS budget_in_kind,
           coalesce(outcome.money, 0) AS outcome_money, coalesce(outcome.in_kind, 0) AS outcome_in_kind
    FROM counted
    LEFT JOIN budget ON budget.cooperation_id = counted.id
    LEFT JOIN outcome ON outcome.cooperation_id = counted.id
    WHERE budget.cooperation_id IS NOT NULL OR outcome.cooperation_id IS NOT NULL`.execute(db);
  return result.rows;
}

/** The number of counted cooperations per form, in force during the period (the list's figure). */
export async function runningByForm(db: Db, scope: ReportScope): Promise<{ form: string; running: number }[]> {
  const result = await sql<{ form: string; running: number }>`
    SELECT counted.form, count(*)::int AS running FROM (${counted(scope)}) counted GROUP BY counted.form`.execute(db);
  return result.rows;
}
