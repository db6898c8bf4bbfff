import { type Kysely, sql } from 'kysely';

/**
 * Cheaper organisation search (decision 002, update 2026-11-29): a lexicon of the words in
 * organisation names, kept by triggers, for word-by-word correction of misspelt searches; and
 * no trigram GiST index, whose nearest-first walk read most of the index on broad searches.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE organisation_name_word (word text PRIMARY KEY)`.execute(db);
  await sql`CREATE INDEX organisation_name_word_trgm_idx ON organisation_name_word USING gin (word gin_trgm_ops)`.execute(db);
  // Words are split on spaces, punctuation and digits: numbers are not worth correcting.
  await sql`
    CREATE FUNCTION organisation_name_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO organisation_name_word (word)
      SELECT DISTINCT w FROM changed, regexp_split_to_table(lower(changed.name), '[[:space:][:punct:][:digit:]]+') AS w
      WHERE length(w) >= 2
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER organisation_name_words_insert AFTER INSERT ON organisation
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION organisation_name_words_add()`.execute(db);
  await sql`
    CREATE TRIGGER organisation_name_words_update AFTER UPDATE ON organisation
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION organisation_name_words_add()`.execute(db);
  await sql`
    INSERT INTO organisation_name_word (word)
    SELECT DISTINCT w FROM organisation, regexp_split_to_table(lower(organisation.name), '[[:space:][:punct:][:digit:]]+') AS w
    WHERE length(w) >= 2
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`DROP INDEX organisation_name_trgm_gist_idx`.execute(db);
}
