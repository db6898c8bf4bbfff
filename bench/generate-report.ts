import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';

/** What `generateReportHistory` wrote, for the benchmark's heading. */
export type ReportHistoryCounts = { activated: number; ended: number; terminations: number; vidaPayouts: number; cells: number };

/**
 * Gives a generated register the history the committee's report reads (OVR-2), in bulk and
 * deterministically (every choice follows a row number): the lifecycle days of migration 0036 from
 * each cooperation's start (ended ones end 6–36 months later, a tenth of them by a termination with
 * its reason); the second semester of `year` measured like the first (so the year holds the
 * measurement cells of both semesters); and VIDA payouts for both halves of the year.
 */
export async function generateReportHistory(db: Db, year: number): Promise<ReportHistoryCounts> {
  await sql`
    UPDATE cooperation SET activated_on = COALESCE(start_date, created_at::date)
    WHERE status <> 'preparing'`.execute(db);
  await sql`
    UPDATE cooperation SET ended_on = LEAST((activated_on + make_interval(months => 6 + (case_sequence % 31)))::date, ${`${year}-11-30`}::date)
    WHERE status = 'ended'`.execute(db);
  await sql`
    INSERT INTO cooperation_termination (cooperation_id, kind, reason, evidence_note, given_on, effective_on, effected_at, created_at)
    SELECT id, CASE WHEN case_sequence % 20 = 0 THEN 'rescission' ELSE 'notice' END,
      CASE WHEN case_sequence % 20 = 0 THEN 'Villkoren i överenskommelsen följdes inte' ELSE 'Behovet har upphört' END,
      'Beslut i nämnden',
      (ended_on - 90), ended_on, ended_on::timestamptz, ended_on::timestamptz
    FROM cooperation WHERE status = 'ended' AND case_sequence % 10 = 0`.execute(db);
  // AGR-6: the year's second semester, measured like its first.
  await sql`
    INSERT INTO measurement_sheet (plan_id, period, updated_at)
    SELECT s.plan_id, ${`${year}-H2`}, s.updated_at + interval '6 months'
    FROM measurement_sheet s JOIN activity_plan p ON p.id = s.plan_id
    WHERE p.year = ${year} AND s.period = ${`${year}-H1`} AND s.cluster_id IS NULL
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`
    INSERT INTO measurement_cell (sheet_id, indicator_id, dimension, category, value, unknown)
    SELECT h2.id, c.indicator_id, c.dimension, c.category, c.value + 1 - (c.dimension IS NOT NULL AND c.category <> 'women')::int, c.unknown
    FROM measurement_sheet h1
    JOIN measurement_sheet h2 ON h2.plan_id = h1.plan_id AND h2.period = ${`${year}-H2`} AND h2.cluster_id IS NULL
    JOIN measurement_cell c ON c.sheet_id = h1.id
    WHERE h1.period = ${`${year}-H1`} AND h1.cluster_id IS NULL`.execute(db);
  // FRM-5: a payout per half of the year for each VIDA cooperation's first party, 8–15 occasions.
  await sql`
    INSERT INTO vida_payout (cooperation_id, organisation_id, period_year, period_half, period_start, participants, occasions,
      rate_sek, rate_valid_from, amount_sek, created_at, updated_at)
    SELECT c.id, (SELECT min(cp.organisation_id::text)::uuid FROM cooperation_party cp WHERE cp.cooperation_id = c.id),
      ${year}, h.half, make_date(${year}, h.month, 1), 5 + c.case_sequence % 20, 8 + c.case_sequence % 8,
      150, '2020-01-01', 150 * (5 + c.case_sequence % 20) * (8 + c.case_sequence % 8), now(), now()
    FROM cooperation c CROSS JOIN (VALUES ('spring', 1), ('autumn', 8)) AS h (half, month)
    WHERE c.form = 'vida' AND c.status <> 'preparing'`.execute(db);
  const one = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(db)).rows[0]?.n ?? 0);
  return {
    activated: await one(sql<{ n: string }>`SELECT count(*) AS n FROM cooperation WHERE activated_on IS NOT NULL`),
    ended: await one(sql<{ n: string }>`SELECT count(*) AS n FROM cooperation WHERE ended_on IS NOT NULL`),
    terminations: await one(sql<{ n: string }>`SELECT count(*) AS n FROM cooperation_termination`),
    vidaPayouts: await one(sql<{ n: string }>`SELECT count(*) AS n FROM vida_payout`),
    cells: await one(sql<{ n: string }>`SELECT count(*) AS n FROM measurement_cell c JOIN measurement_sheet s ON s.id = c.sheet_id WHERE s.period LIKE ${`${year}%`}`),
  };
}
