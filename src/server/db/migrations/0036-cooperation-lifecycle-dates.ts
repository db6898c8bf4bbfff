import { type Kysely, sql } from 'kysely';

/**
 * The committee's report (OVR-2) counts cooperations new, running, ended and terminated within a
 * period, and the register's list must filter by the same days (issue 13, point 7). The status
 * alone does not say when it was reached, and the term's dates are the agreement's intent, not the
 * lifecycle. Two days are kept on the cooperation:
 *
 * - `activated_on`: the first day it became active (status `active` reached from `preparing`, or
 *   written active from the start, as imports and the demo do); none for one ended in preparation.
 * - `ended_on`: the day it became `ended` (by a lifecycle step or an effected termination).
 *
 * A trigger sets them when the status changes and leaves a value the writer gives (an import of a
 * history, a test's fixture). Existing rows take the day from the audit log's transition where one
 * exists, else the start (or end) date of the term, else the row's own creation or last change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE cooperation ADD COLUMN activated_on date, ADD COLUMN ended_on date`.execute(db);
  await sql`
    UPDATE cooperation c SET activated_on = COALESCE(
      (SELECT min(a.occurred_at)::date FROM audit_log a
        WHERE a.entity_type = 'cooperation' AND a.entity_id = c.id::text AND a.action = 'cooperation.transitioned'
          AND a.changes -> 'status' ->> 'after' = 'active'),
      c.start_date, c.created_at::date)
    WHERE c.status <> 'preparing'`.execute(db);
  await sql`
    UPDATE cooperation c SET ended_on = COALESCE(
      (SELECT max(a.occurred_at)::date FROM audit_log a
        WHERE a.entity_type = 'cooperation' AND a.entity_id = c.id::text
          AND (a.action IN ('cooperation.rescinded', 'cooperation.ended_by_notice')
               OR (a.action = 'cooperation.transitioned' AND a.changes -> 'status' ->> 'after' = 'ended'))),
      c.end_date, c.updated_at::date)
    WHERE c.status = 'ended'`.execute(db);
  await sql`
    CREATE FUNCTION cooperation_set_lifecycle_dates() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IN ('active', 'under_review') AND NEW.activated_on IS NULL THEN
        NEW.activated_on := current_date;
      END IF;
      IF NEW.status = 'ended' AND NEW.ended_on IS NULL THEN
        NEW.ended_on := current_date;
      END IF;
      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER cooperation_lifecycle_dates_trg BEFORE INSERT OR UPDATE OF status ON cooperation
    FOR EACH ROW EXECUTE FUNCTION cooperation_set_lifecycle_dates()`.execute(db);
  // The report's population: cooperations in force within a period, read by their activation.
  await sql`CREATE INDEX cooperation_activated_on_idx ON cooperation (activated_on) WHERE activated_on IS NOT NULL`.execute(db);
  await sql`CREATE INDEX cooperation_ended_on_idx ON cooperation (ended_on) WHERE ended_on IS NOT NULL`.execute(db);
}
