import { type Kysely, sql } from 'kysely';

/**
 * Indexes that match the common filter-and-order pairs of the organisation list and the
 * cooperation overview, so that a filtered page is read in order from its own part of an index
 * instead of walking the whole sort index past rows that the filter then drops (a list of one
 * kind by name walked ~3,600 rows of other kinds for 50). Each is an equality column followed by
 * the sort key the repository orders by; the plans are checked by `list-indexes.test.ts`.
 *
 * Every index also costs planning time in every statement that reads its table (the organisation
 * is joined in many), so pairs whose walk stays short are left out: a status (four, evenly used)
 * by case number, one kind by last change. Where a new index starts with the column of an old
 * one, it replaces it. The columns the list's other conditions read are included, so that the
 * capped count beside a page (up to 1,001 hits) is an index-only scan instead of a walk through the
 * table (for one kind: 11 ms by sequential scan, 0.3 ms from the index).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The organisation register, by name (the default) and, for the democracy follow-up, by last change.
  await sql`CREATE INDEX organisation_kind_name_idx ON organisation (kind, lower(name), id) INCLUDE (status)`.execute(db);
  await sql`DROP INDEX organisation_kind_idx`.execute(db);
  await sql`CREATE INDEX organisation_legal_form_name_idx ON organisation (legal_form, lower(name), id) INCLUDE (kind, status)`.execute(db);
  // A democracy status is a condition on democracy_result and the validity date.
  await sql`CREATE INDEX organisation_democracy_name_idx ON organisation (democracy_result, lower(name), id) INCLUDE (democracy_valid_until, status)`.execute(db);
  await sql`CREATE INDEX organisation_democracy_updated_idx ON organisation (democracy_result, updated_at, id) INCLUDE (democracy_valid_until, status)`.execute(db);

  // The cooperation overview, by case number (the default) and by title, which had no index at all.
  await sql`CREATE INDEX cooperation_title_idx ON cooperation (lower(title), id)`.execute(db);
  await sql`CREATE INDEX cooperation_form_case_idx ON cooperation (form, case_year, case_sequence)`.execute(db);
  await sql`CREATE INDEX cooperation_manager_case_idx ON cooperation (responsible_manager_id, case_year, case_sequence)`.execute(db);
  await sql`DROP INDEX cooperation_manager_idx`.execute(db);
  await sql`CREATE INDEX cooperation_unit_case_idx ON cooperation (unit_code, case_year, case_sequence)`.execute(db);
  await sql`DROP INDEX cooperation_unit_idx`.execute(db);
}
