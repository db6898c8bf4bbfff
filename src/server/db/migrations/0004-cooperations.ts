import { type Kysely, sql } from 'kysely';
import { committees, targetGroups, thresholds, units } from './0004-cooperations-reference';

/**
 * The cooperation register (INI, FRM, IOP-1–4, OVR-1): dated thresholds and rates, target groups,
 * units and committees as reference data; initiatives with their organisations and attachments;
 * review-group meetings, agenda items and recommendations; cooperations with gap-free case
 * numbers per year, parties and gate facts; saved overview filters; and a log for rate limits of
 * public forms.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    INSERT INTO setting (key, value) VALUES
      ('case_number.prefix', '"AMN"'::jsonb),
      ('committee.name_sv', '"Arbetsmarknadsnämnden"'::jsonb),
      ('committee.name_en', '"Labour Market Committee"'::jsonb)`.execute(db);

  await sql`
    CREATE TABLE threshold (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      valid_from date NOT NULL,
      amount_sek numeric(14, 2) NOT NULL CHECK (amount_sek >= 0),
      source text,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (code, valid_from)
    )`.execute(db);
  await db
    .insertInto('threshold')
    .values(thresholds.map((t) => ({ code: t.code, valid_from: t.validFrom, amount_sek: t.amountSek, source: t.source })))
    .execute();

  for (const [table, rows] of [
    ['target_group', targetGroups],
    ['unit', units],
    ['committee', committees],
  ] as const) {
    await sql`
      CREATE TABLE ${sql.table(table)} (
        code text PRIMARY KEY,
        name_sv text NOT NULL,
        name_en text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        sort_order integer NOT NULL DEFAULT 0
      )`.execute(db);
    await db
      .insertInto(table)
      .values(rows.map((r, i) => ({ code: r.code, name_sv: r.nameSv, name_en: r.nameEn, sort_order: (i + 1) * 10 })))
      .execute();
  }

  await sql`
    CREATE TABLE initiative (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      origin text NOT NULL CHECK (origin IN ('external', 'internal')),
      submitted_via text NOT NULL DEFAULT 'staff' CHECK (submitted_via IN ('staff', 'public_form')),
      brief text NOT NULL,
      target_groups text[] NOT NULL DEFAULT '{}',
      areas text[] NOT NULL DEFAULT '{}',
      proposed_form text,
      expected_compensation_sek numeric(14, 2) CHECK (expected_compensation_sek >= 0),
      estimated_value_sek numeric(14, 2) CHECK (estimated_value_sek >= 0),
      intended_duration_months integer CHECK (intended_duration_months > 0),
      facts jsonb NOT NULL DEFAULT '{}'::jsonb,
      unit_code text REFERENCES unit(code),
      proposer jsonb,
      status text NOT NULL DEFAULT 'submitted'
        CHECK (status IN ('submitted', 'in_review', 'recommended', 'not_recommended', 'referred', 'more_information', 'converted', 'withdrawn')),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('swedish'::regconfig, coalesce(title, '') || ' ' || coalesce(brief, ''))
      ) STORED
    )`.execute(db);
  await sql`CREATE INDEX initiative_status_idx ON initiative (status, created_at, id)`.execute(db);
  await sql`CREATE INDEX initiative_search_idx ON initiative USING gin (search_vector)`.execute(db);

  await sql`
    CREATE TABLE initiative_organisation (
      initiative_id uuid NOT NULL REFERENCES initiative(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      PRIMARY KEY (initiative_id, organisation_id)
    )`.execute(db);
  await sql`CREATE INDEX initiative_organisation_org_idx ON initiative_organisation (organisation_id)`.execute(db);

  await sql`
    CREATE TABLE initiative_attachment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      initiative_id uuid NOT NULL REFERENCES initiative(id),
      file_id uuid NOT NULL REFERENCES file(id),
      uploaded_by uuid REFERENCES app_user(id),
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX initiative_attachment_idx ON initiative_attachment (initiative_id)`.execute(db);

  await sql`
    CREATE TABLE review_meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_date date NOT NULL,
      location text,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held')),
      notes text,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX review_meeting_date_idx ON review_meeting (meeting_date, id)`.execute(db);

  // consultation items are formal initiatives the group recommends on (INI-2); information items
  // are informal cooperations reported to it (INI-3).
  await sql`
    CREATE TABLE review_agenda_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES review_meeting(id),
      initiative_id uuid NOT NULL REFERENCES initiative(id),
      kind text NOT NULL CHECK (kind IN ('consultation', 'information')),
      position integer NOT NULL,
      UNIQUE (meeting_id, initiative_id)
    )`.execute(db);
  await sql`CREATE INDEX review_agenda_item_initiative_idx ON review_agenda_item (initiative_id)`.execute(db);

  await sql`
    CREATE TABLE recommendation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      initiative_id uuid NOT NULL REFERENCES initiative(id),
      meeting_id uuid REFERENCES review_meeting(id),
      outcome text NOT NULL CHECK (outcome IN ('form', 'not_appropriate', 'referred', 'more_information')),
      recommended_form text,
      referred_to text REFERENCES committee(code),
      justification text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (outcome <> 'form' OR recommended_form IS NOT NULL),
      CHECK (outcome <> 'referred' OR referred_to IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX recommendation_initiative_idx ON recommendation (initiative_id, recorded_at)`.execute(db);

  // One row per prefix and year; incremented inside the creating transaction, so numbers are
  // unique and gap-free: a rolled-back creation rolls back its increment too.
  await sql`
    CREATE TABLE case_number_counter (
      prefix text NOT NULL,
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (prefix, year)
    )`.execute(db);

  await sql`
    CREATE TABLE cooperation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_number text NOT NULL UNIQUE,
      case_year integer NOT NULL,
      case_sequence integer NOT NULL,
      initiative_id uuid REFERENCES initiative(id),
      title text NOT NULL,
      form text NOT NULL,
      status text NOT NULL DEFAULT 'preparing',
      ended_reason text,
      responsible_manager_id uuid REFERENCES app_user(id),
      unit_code text REFERENCES unit(code),
      areas text[] NOT NULL DEFAULT '{}',
      target_groups text[] NOT NULL DEFAULT '{}',
      value_sek numeric(14, 2) CHECK (value_sek >= 0),
      compensation_sek numeric(14, 2) CHECK (compensation_sek >= 0),
      start_date date,
      end_date date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
      description text,
      facts jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('swedish'::regconfig, coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || case_number)
      ) STORED,
      UNIQUE (case_year, case_sequence)
    )`.execute(db);
  await sql`CREATE INDEX cooperation_search_idx ON cooperation USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX cooperation_title_trgm_idx ON cooperation USING gin (lower(title) gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX cooperation_updated_idx ON cooperation (updated_at, id)`.execute(db);
  await sql`CREATE INDEX cooperation_case_idx ON cooperation (case_year, case_sequence)`.execute(db);
  await sql`CREATE INDEX cooperation_form_status_idx ON cooperation (form, status)`.execute(db);
  await sql`CREATE INDEX cooperation_manager_idx ON cooperation (responsible_manager_id)`.execute(db);
  await sql`CREATE INDEX cooperation_unit_idx ON cooperation (unit_code)`.execute(db);
  await sql`CREATE INDEX cooperation_areas_idx ON cooperation USING gin (areas)`.execute(db);
  await sql`CREATE INDEX cooperation_target_groups_idx ON cooperation USING gin (target_groups)`.execute(db);

  await sql`
    CREATE TABLE cooperation_party (
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      PRIMARY KEY (cooperation_id, organisation_id)
    )`.execute(db);
  await sql`CREATE INDEX cooperation_party_org_idx ON cooperation_party (organisation_id, cooperation_id)`.execute(db);

  await sql`
    CREATE TABLE saved_filter (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      scope text NOT NULL,
      name text NOT NULL,
      query jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, scope, name)
    )`.execute(db);

  // Public forms keep no IP addresses: only a keyed hash, for counting recent submissions.
  await sql`
    CREATE TABLE rate_limit_hit (
      bucket text NOT NULL,
      key_hash text NOT NULL,
      hit_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX rate_limit_hit_idx ON rate_limit_hit (bucket, key_hash, hit_at)`.execute(db);
}
