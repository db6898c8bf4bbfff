import { type Kysely, sql } from 'kysely';

/**
 * Numbers people refer to (GLOSSARY, INI-1, INI-4, FRM-2):
 *
 * - The registry's own number (diarienummer, e.g. `AMN 2017-0228-01.06`) on initiatives and
 *   cooperations, beside the app's case number, stored written one way by the rule in
 *   `registry-number.rules.ts` and indexed for exact and starts-with search.
 * - A readable number for every initiative, `INI YYYY-NNNN`, gap-free per year like the case
 *   numbers. A trigger gives it in the inserting transaction, so every way an initiative is
 *   created (staff, the public form, fixtures) gets one and a rollback returns it; the counter row
 *   stays locked until that transaction ends, so concurrent creators wait in turn. Existing
 *   initiatives are numbered by the order they were created in, per year.
 * - The review group's judgement that a recommended form adds value (FRM-2) on recommendations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['initiative', 'cooperation'] as const) {
    await sql`
      ALTER TABLE ${sql.table(table)} ADD COLUMN registry_number text
        CHECK (registry_number IS NULL OR char_length(registry_number) BETWEEN 1 AND 60)`.execute(db);
    // text_pattern_ops serves both the exact number and "the numbers of that case with a code" (LIKE 'X-%').
    await sql`CREATE INDEX ${sql.id(`${table}_registry_number_idx`)} ON ${sql.table(table)} (registry_number text_pattern_ops)`.execute(db);
  }

  await sql`ALTER TABLE initiative ADD COLUMN number_year integer, ADD COLUMN number_sequence integer`.execute(db);
  await sql`
    UPDATE initiative SET number_year = numbered.year, number_sequence = numbered.sequence
    FROM (
      SELECT id, extract(year FROM created_at)::int AS year,
             row_number() OVER (PARTITION BY extract(year FROM created_at) ORDER BY created_at, id)::int AS sequence
      FROM initiative
    ) AS numbered
    WHERE numbered.id = initiative.id`.execute(db);
  await sql`ALTER TABLE initiative ALTER COLUMN number_year SET NOT NULL, ALTER COLUMN number_sequence SET NOT NULL`.execute(db);
  await sql`ALTER TABLE initiative ADD CONSTRAINT initiative_number_unique UNIQUE (number_year, number_sequence)`.execute(db);

  await sql`
    CREATE TABLE initiative_number_counter (
      year integer PRIMARY KEY,
      last_number integer NOT NULL CHECK (last_number > 0)
    )`.execute(db);
  await sql`
    INSERT INTO initiative_number_counter (year, last_number)
    SELECT number_year, max(number_sequence) FROM initiative GROUP BY number_year`.execute(db);
  // The year is the caller's calendar year when given (the service passes its time zone's today);
  // otherwise the year of created_at.
  await sql`
    CREATE FUNCTION initiative_assign_number() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.number_sequence IS NULL THEN
        IF NEW.number_year IS NULL THEN
          NEW.number_year := extract(year FROM coalesce(NEW.created_at, now()))::int;
        END IF;
        INSERT INTO initiative_number_counter AS c (year, last_number) VALUES (NEW.number_year, 1)
          ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1
          RETURNING c.last_number INTO NEW.number_sequence;
      END IF;
      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER initiative_number BEFORE INSERT ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_assign_number()`.execute(db);

  await sql`ALTER TABLE recommendation ADD COLUMN added_value jsonb`.execute(db);
}
