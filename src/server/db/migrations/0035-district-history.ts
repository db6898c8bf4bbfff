import { type Kysely, sql } from 'kysely';

/**
 * Districts are dated reference data with successors (AGR-9): a district is valid from/to a date
 * (NULL = open), and `district_succession` records that a district's unit is carried on by another
 * from a date (a merger: several predecessors, one successor; a split: the reverse), so a report
 * across years counts history under the unit in force at the report date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE district ADD COLUMN valid_from date, ADD COLUMN valid_to date`.execute(db);
  await sql`
    ALTER TABLE district ADD CONSTRAINT district_validity_order
      CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)`.execute(db);
  await sql`
    CREATE TABLE district_succession (
      predecessor_code text NOT NULL REFERENCES district(code),
      successor_code text NOT NULL REFERENCES district(code),
      effective_on date NOT NULL,
      PRIMARY KEY (predecessor_code, successor_code),
      CONSTRAINT district_succession_not_itself CHECK (predecessor_code <> successor_code)
    )`.execute(db);
  // The successors of a unit are followed from the predecessor (the primary key); reports that map
  // back from a successor look it up here.
  await sql`CREATE INDEX district_succession_successor_idx ON district_succession (successor_code)`.execute(db);
}
