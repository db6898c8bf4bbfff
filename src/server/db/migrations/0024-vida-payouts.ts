import { type Kysely, sql } from 'kysely';

/**
 * VIDA payouts (FRM-5) and the giro numbers they are paid to.
 *
 * The organisation register gains a bankgiro and a plusgiro number, each nullable and stored in
 * its standard written form (validated by its check digit where input enters).
 *
 * A VIDA payout belongs to an association (an organisation that is a party of a cooperation of
 * form `vida`) for one semester: spring (January–June) or autumn (July–December), the periods in
 * which the VIDA activities of 8–15 occasions run. It records the number of participants and of
 * occasions, and the rate per participant in force on the semester's first day together with the
 * date that rate applies from, so that a later rate leaves earlier payouts unchanged. A payout
 * outside the frame of 8–15 occasions carries the responsible manager's exception and motivation.
 *
 * The rate itself is the dated value `vida_rate_per_participant` of the `threshold` table
 * (migration 0004 seeds 1 500 SEK from 2019-01-01, the VIDA model in the 2019 business plan).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE organisation ADD COLUMN bankgiro text CHECK (bankgiro ~ '^[0-9]{3,4}-[0-9]{4}$')`.execute(db);
  await sql`ALTER TABLE organisation ADD COLUMN plusgiro text CHECK (plusgiro ~ '^[0-9]{1,2}( [0-9]{2}){0,3}-[0-9]$')`.execute(db);
  await sql`
    CREATE TABLE vida_payout (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      period_year integer NOT NULL CHECK (period_year BETWEEN 2000 AND 2200),
      period_half text NOT NULL CHECK (period_half IN ('spring', 'autumn')),
      period_start date NOT NULL,
      participants integer NOT NULL CHECK (participants BETWEEN 1 AND 100000),
      occasions integer NOT NULL CHECK (occasions BETWEEN 1 AND 1000),
      rate_sek numeric(14, 2) NOT NULL CHECK (rate_sek >= 0),
      rate_valid_from date NOT NULL,
      amount_sek numeric(16, 2) NOT NULL CHECK (amount_sek >= 0),
      exception_motivation text,
      exception_by uuid REFERENCES app_user(id),
      exception_at timestamptz,
      note text,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (cooperation_id, organisation_id, period_year, period_half),
      CHECK ((exception_motivation IS NULL) = (exception_by IS NULL)),
      CHECK ((exception_motivation IS NULL) = (exception_at IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX vida_payout_period_idx ON vida_payout (period_year, period_half)`.execute(db);
  await sql`CREATE INDEX vida_payout_organisation_idx ON vida_payout (organisation_id)`.execute(db);
}

/** Removes the payouts and the giro columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE vida_payout`.execute(db);
  await sql`ALTER TABLE organisation DROP COLUMN bankgiro, DROP COLUMN plusgiro`.execute(db);
}
