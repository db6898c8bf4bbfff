import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import type { ReportScope } from '../report-section';

/** Job partnerships registered by the period's end, by their status today (EMP-2). */
export async function jobPartnershipsByStatus(db: Db, scope: ReportScope): Promise<{ status: string; partnerships: number }[]> {
  const result = await sql<{ status: string; partnerships: number }>`
    SELECT c.status, count(*)::int AS partnerships
    FROM cooperation c
    WHERE c.form = 'job_partnership' AND (c.created_at AT TIME ZONE ${scope.timeZone})::date <= ${scope.to}::date
    GROUP BY c.status`.execute(db);
  return result.rows;
}

/** Checks of employers' controls made within the period, per control and result (EMP-2). */
export async function controlChecksInPeriod(db: Db, scope: ReportScope): Promise<{ control_code: string; result: string; checks: number }[]> {
  const result = await sql<{ control_code: string; result: string; checks: number }>`
    SELECT c.control_code, c.result, count(*)::int AS checks
    FROM employer_control_check c
    WHERE c.checked_on BETWEEN ${scope.from}::date AND ${scope.to}::date
    GROUP BY c.control_code, c.result`.execute(db);
  return result.rows;
}

/**
 * Per control, the employers whose latest counting check (after their latest reset, EMP-3) has
 * passed and runs out between today and the horizon: the controls expiring soon.
 */
export async function controlsExpiring(db: Db, today: string, horizon: string): Promise<{ control_code: string; employers: number }[]> {
  const result = await sql<{ control_code: string; employers: number }>`
    SELECT l.control_code, count(*)::int AS employers
    FROM (
      SELECT DISTINCT ON (c.organisation_id, c.control_code) c.control_code, c.result, c.valid_until
      FROM employer_control_check c
      WHERE NOT EXISTS (SELECT 1 FROM employer_control_reset r WHERE r.organisation_id = c.organisation_id AND r.reset_at >= c.recorded_at)
      ORDER BY c.organisation_id, c.control_code, c.checked_on DESC, c.recorded_at DESC
    ) l
    WHERE l.result <> 'fail' AND l.valid_until BETWEEN ${today}::date AND ${horizon}::date
    GROUP BY l.control_code`.execute(db);
  return result.rows;
}

/** Each employer's latest collective-agreement answer given by the period's end (EMP-2: recorded apart for the committee). */
export async function latestCollectiveAgreementAnswers(db: Db, scope: ReportScope): Promise<{ organisation_id: string; answer: 'yes' | 'no' | 'equivalent_terms' }[]> {
  const result = await sql<{ organisation_id: string; answer: 'yes' | 'no' | 'equivalent_terms' }>`
    SELECT DISTINCT ON (c.organisation_id) c.organisation_id, c.collective_agreement AS answer
    FROM employer_control_check c
    WHERE c.control_code = 'collective_agreement' AND c.collective_agreement IS NOT NULL AND c.checked_on <= ${scope.to}::date
    ORDER BY c.organisation_id, c.checked_on DESC, c.recorded_at DESC`.execute(db);
  return result.rows;
}
