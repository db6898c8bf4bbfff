import { type Kysely, sql } from 'kysely';

/**
 * Measurements of plan indicators, disaggregated (AGR-6).
 *
 * `measurement_category` holds the breakdowns as reference data that admins may change later
 * (another municipality names its own target groups): gender, target group, and the focus groups
 * of the agreement with Arbetsförmedlingen's clusters (003 §7.1). The total is not a category but
 * its own cell (dimension and category both null).
 *
 * `measurement_sheet` is one period of one plan, optionally for one cluster (a governance body of
 * type 'cluster'); its version guards concurrent saves of the whole period. `measurement_cell`
 * holds aggregates only — a value (>= 0) or explicitly unknown, never 0 for unknown; a cell that
 * is absent was not entered. There is no column that could hold a person.
 *
 * `cluster_mapping` is a cluster's local mapping of unemployment for a year, against which its
 * progression (throughput, shares who start work or studies) is computed (003 §7.1).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE measurement_category (
      dimension text NOT NULL CHECK (dimension IN ('gender', 'target_group', 'focus_group')),
      code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
      name_sv text NOT NULL,
      name_en text NOT NULL,
      position integer NOT NULL,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (dimension, code)
    )`.execute(db);
  await sql`
    INSERT INTO measurement_category (dimension, code, name_sv, name_en, position) VALUES
      ('gender', 'women', 'Kvinnor', 'Women', 1),
      ('gender', 'men', 'Män', 'Men', 2),
      ('gender', 'other', 'Annat eller ej angivet', 'Other or not stated', 3),
      ('target_group', 'newly_arrived_establishment', 'Nyanlända i etableringsprogrammet', 'Newly arrived in the establishment programme', 1),
      ('target_group', 'newly_arrived_other', 'Övriga nyanlända', 'Other newly arrived', 2),
      ('target_group', 'youth_16_29', 'Unga 16–29 år', 'Young people 16–29', 3),
      ('target_group', 'disability', 'Personer med funktionsnedsättning som medför nedsatt arbetsförmåga', 'People with a disability that reduces their capacity to work', 4),
      ('focus_group', 'long_term_unemployed', 'Långtidsarbetslösa', 'Long-term unemployed', 1),
      ('focus_group', 'no_upper_secondary', 'Personer utan fullständig gymnasieutbildning', 'People without completed upper-secondary education', 2)
  `.execute(db);
  await sql`
    CREATE TABLE measurement_sheet (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES activity_plan(id) ON DELETE CASCADE,
      period text NOT NULL CHECK (period ~ '^[0-9]{4}(-H[12])?$'),
      cluster_id uuid REFERENCES governance_body(id),
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE NULLS NOT DISTINCT (plan_id, period, cluster_id)
    )`.execute(db);
  await sql`CREATE INDEX measurement_sheet_cluster_idx ON measurement_sheet (cluster_id) WHERE cluster_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE measurement_cell (
      sheet_id uuid NOT NULL REFERENCES measurement_sheet(id) ON DELETE CASCADE,
      indicator_id uuid NOT NULL REFERENCES plan_indicator(id) ON DELETE CASCADE,
      dimension text,
      category text,
      value double precision CHECK (value >= 0 AND value < 'Infinity'),
      unknown boolean NOT NULL DEFAULT false,
      FOREIGN KEY (dimension, category) REFERENCES measurement_category (dimension, code),
      CHECK ((dimension IS NULL) = (category IS NULL)),
      CHECK ((value IS NULL) = unknown),
      UNIQUE NULLS NOT DISTINCT (sheet_id, indicator_id, dimension, category)
    )`.execute(db);
  await sql`CREATE INDEX measurement_cell_indicator_idx ON measurement_cell (indicator_id)`.execute(db);
  await sql`
    CREATE TABLE cluster_mapping (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cluster_id uuid NOT NULL REFERENCES governance_body(id),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      unemployed integer CHECK (unemployed >= 0),
      unemployed_women integer CHECK (unemployed_women >= 0),
      unemployed_men integer CHECK (unemployed_men >= 0),
      description text,
      participants_indicator_id uuid REFERENCES plan_indicator(id) ON DELETE SET NULL,
      started_work_indicator_id uuid REFERENCES plan_indicator(id) ON DELETE SET NULL,
      started_studies_indicator_id uuid REFERENCES plan_indicator(id) ON DELETE SET NULL,
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (cluster_id, year)
    )`.execute(db);
}
