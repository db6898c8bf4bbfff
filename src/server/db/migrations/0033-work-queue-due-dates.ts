import { type Kysely, sql } from 'kysely';

/**
 * "Att göra" reads only what is due, in the order of urgency, and stops at the list's limit
 * (issue 12, `npm run bench -- work-queue`):
 *
 * - `agreement.review_due_from`: the day the first yearly review not yet held falls due (IOP-8) —
 *   the anniversary of the current version's start in the year after its start or after the last
 *   reviewed year, whichever is later; null without a start date. It does not depend on today,
 *   and an agreement's review is on the worklist exactly when this day is at most 60 days ahead
 *   (once it has passed, the review due is this day or, when years were missed, the latest
 *   anniversary passed: overdue either way). Triggers keep it current on every write of the agreement, its versions and
 *   its reviews, so the worklist walks the agreements in force in this order instead of working
 *   out the review of every one of them (5,100 in the benchmark) to keep 500.
 * - Agreements ending within 90 days are walked in order of their end from an index on the
 *   versions' end, instead of joining every agreement with every running cooperation and sorting.
 * - Submitted partner reports are walked in order of submission (the list's order).
 * - Partner control (ORG-4) reads each party's documents noted as not existing from an index alone.
 * - The review group's follow-ups (INI-7): running cooperations walked by the day a year after
 *   their start, and those without a start date apart, instead of working out the due day of
 *   every running cooperation (13,700) and counting them. The interval (12 months) is the
 *   statement's own spelling in `findFirstDueFollowUps`, so that the planner matches the index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE agreement ADD COLUMN review_due_from date`.execute(db);
  await sql`
    CREATE FUNCTION agreement_review_due_from(agreement_id uuid, current_version integer) RETURNS date
    LANGUAGE sql STABLE AS $$
      SELECT (v.start_date + make_interval(years => greatest(
                extract(year FROM v.start_date)::int + 1,
                (SELECT max(r.review_year) + 1 FROM annual_review r WHERE r.agreement_id = $1)
              ) - extract(year FROM v.start_date)::int))::date
      FROM agreement_version v
      WHERE v.agreement_id = $1 AND v.number = $2
    $$`.execute(db);
  // The agreement's own row: computed before it is written (a new current version, or any update).
  await sql`
    CREATE FUNCTION agreement_set_review_due_from() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.review_due_from := agreement_review_due_from(NEW.id, NEW.current_version);
      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER agreement_review_due_from_trg BEFORE INSERT OR UPDATE ON agreement
    FOR EACH ROW EXECUTE FUNCTION agreement_set_review_due_from()`.execute(db);
  // A version written or a review recorded, changed or removed: the agreement's row is rewritten,
  // which recomputes the day through the trigger above.
  await sql`
    CREATE FUNCTION agreement_touch_review_due_from() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'DELETE' THEN
        UPDATE agreement SET review_due_from = NULL WHERE id = NEW.agreement_id;
      END IF;
      IF TG_OP <> 'INSERT' THEN
        UPDATE agreement SET review_due_from = NULL WHERE id = OLD.agreement_id;
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER agreement_version_review_due_from_trg AFTER INSERT OR UPDATE OF start_date, agreement_id, number OR DELETE ON agreement_version
    FOR EACH ROW EXECUTE FUNCTION agreement_touch_review_due_from()`.execute(db);
  await sql`
    CREATE TRIGGER annual_review_review_due_from_trg AFTER INSERT OR UPDATE OF review_year, agreement_id OR DELETE ON annual_review
    FOR EACH ROW EXECUTE FUNCTION agreement_touch_review_due_from()`.execute(db);
  await sql`UPDATE agreement SET review_due_from = NULL`.execute(db);
  await sql`CREATE INDEX agreement_review_due_idx ON agreement (review_due_from, id) WHERE status = 'signed'`.execute(db);

  await sql`CREATE INDEX agreement_version_end_idx ON agreement_version (end_date, agreement_id) WHERE end_date IS NOT NULL`.execute(db);
  // Not partial on the running statuses: as such it was also taken as a bitmap for "running" in
  // other statements (ANDed with the manager's cooperations: 15,000 entries read for nothing).
  await sql`CREATE INDEX cooperation_follow_up_due_idx ON cooperation (((start_date + interval '12 months')::date), id)`.execute(db);
  await sql`CREATE INDEX cooperation_running_undated_idx ON cooperation (id) WHERE start_date IS NULL AND status IN ('active', 'under_review')`.execute(db);
  await sql`
    CREATE INDEX organisation_document_absence_noted_idx ON organisation_document_absence (organisation_id, document_type)
    WHERE reason IS NOT NULL`.execute(db);
  await sql`CREATE INDEX partner_report_submitted_idx ON partner_report (submitted_at, id) WHERE status = 'submitted'`.execute(db);
}
