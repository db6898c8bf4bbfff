import { type Kysely, sql } from 'kysely';

/**
 * Indexes for the "Att göra" providers (issue 12), found with `npm run bench -- work-queue`:
 *
 * - Measurements due walk the adopted plans of this year and last in (year, id) order and stop
 *   at the list's limit; without the index every plan of both years was joined with its periods
 *   and sorted (45,000 rows, sorted on disk) before the limit (30,000 cooperations).
 * - Lapsing democracy assessments start from the assessments that run out before a date, instead
 *   of the latest assessment of every party of every running cooperation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX activity_plan_adopted_year_idx ON activity_plan (year, id) WHERE status = 'adopted'`.execute(db);
  await sql`CREATE INDEX democracy_assessment_valid_until_idx ON democracy_assessment (valid_until)`.execute(db);
}

