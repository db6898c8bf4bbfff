import { sql } from 'kysely';
import { cooperationInScope } from '../report-scope.repository';
import type { Db } from '../../../db/database';
import type { ReportScope } from '../report-section';

/** One semester's VIDA payouts: how many, to how many participants, for how many occasions, and the amount. */
export type VidaHalfRow = { half: 'spring' | 'autumn'; payouts: number; participants: number; occasions: number; amount: number };

/**
 * The year's VIDA payouts per semester (FRM-5), in one statement, for the semesters given and the
 * cooperations in scope (the report's filters apply through the payout's cooperation).
 */
export async function vidaPayoutsByHalf(db: Db, scope: ReportScope, halves: readonly ('spring' | 'autumn')[]): Promise<VidaHalfRow[]> {
  if (halves.length === 0) return [];
  const result = await sql<VidaHalfRow>`
    SELECT p.period_half AS half, count(*)::int AS payouts, sum(p.participants)::int AS participants,
           sum(p.occasions)::int AS occasions, sum(p.amount_sek)::float8 AS amount
    FROM vida_payout p
    JOIN cooperation ON cooperation.id = p.cooperation_id
    WHERE p.period_year = ${scope.year} AND p.period_half = ANY(${[...halves]}::text[]) AND ${cooperationInScope(scope)}
    GROUP BY p.period_half`.execute(db);
  return result.rows;
}
