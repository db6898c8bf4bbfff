import { type Kysely, sql } from 'kysely';

/**
 * The bodies below a body are found by `reports_to_id` — spreading a decision (AGR-8), a cluster's
 * measurements and the strategic group's reach walk it level by level — so each level is an index
 * lookup rather than a scan of every governance body.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX governance_body_reports_to_idx ON governance_body (reports_to_id) WHERE reports_to_id IS NOT NULL`.execute(db);
}
