import { sql } from 'kysely';
import type { Db } from '../database';

/**
 * Dates the demo cooperations' lifecycle days (migration 0036) as their history has them: the
 * seed activates them through the services today, so the trigger gives `activated_on` = today and
 * the committee's report for past years (OVR-2) would find nothing. A cooperation became active on
 * its start date, and an ended one ended on its agreed end date, never before it began nor after
 * the day the seed ended it. Runs on the freshly seeded demo only; returns how many it dated.
 */
export async function backdateDemoLifecycleDays(db: Db): Promise<number> {
  const activated = await sql`
    UPDATE cooperation SET activated_on = start_date
    WHERE activated_on IS NOT NULL AND start_date IS NOT NULL AND start_date < activated_on`.execute(db);
  await sql`
    UPDATE cooperation SET ended_on = GREATEST(activated_on, end_date)
    WHERE status = 'ended' AND ended_on IS NOT NULL AND activated_on IS NOT NULL
      AND end_date IS NOT NULL AND end_date < ended_on`.execute(db);
  return Number(activated.numAffectedRows ?? 0);
}
