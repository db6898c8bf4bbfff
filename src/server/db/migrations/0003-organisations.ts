import { type Kysely, sql } from 'kysely';
import { areas, districts, legalForms } from './0003-organisations-reference';

/**
 * The organisation register (ORG, DEM): reference data (legal forms, areas, districts, settings),
 * organisations with search columns, documents and partner control, democracy assessments,
 * remediation measures and imports.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE setting (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`INSERT INTO setting (key, value) VALUES ('democracy.validity_months', '12'::jsonb)`.execute(db);

  await sql`
    CREATE TABLE legal_form (
      kind text NOT NULL CHECK (kind IN ('civil_society', 'employer', 'public_body')),
      code text NOT NULL,
      name_sv text NOT NULL,
      name_en text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      sort_order integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (kind, code)
    )`.execute(db);
  await db
    .insertInto('legal_form')
    .values(legalForms.map((f, i) => ({ kind: f.kind, code: f.code, name_sv: f.nameSv, name_en: f.nameEn, sort_order: (i + 1) * 10 })))
    .execute();

  await sql`
    CREATE TABLE area (
      code text PRIMARY KEY,
      parent_code text REFERENCES area(code),
      name_sv text NOT NULL,
      name_en text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      sort_order integer NOT NULL DEFAULT 0
    )`.execute(db);
  const areaRows = areas.flatMap((a, i) => [
    { code: a.code, parent_code: null, name_sv: a.nameSv, name_en: a.nameEn, sort_order: (i + 1) * 100 },
    ...a.children.map((c, j) => ({
      code: `${a.code}.${c.code}`,
      parent_code: a.code,
      name_sv: c.nameSv,
      name_en: c.nameEn,
      sort_order: (i + 1) * 100 + j + 1,
    })),
  ]);
  await db.insertInto('area').values(areaRows.filter((r) => r.parent_code === null)).execute();
  await db.insertInto('area').values(areaRows.filter((r) => r.parent_code !== null)).execute();

  await sql`
    CREATE TABLE district (
      code text PRIMARY KEY,
      name_sv text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      sort_order integer NOT NULL DEFAULT 0
    )`.execute(db);
  await db
    .insertInto('district')
    .values(districts.map((d, i) => ({ code: d.code, name_sv: d.nameSv, sort_order: (i + 1) * 10 })))
    .execute();

  await sql`
    CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      kind text NOT NULL,
      legal_form text NOT NULL,
      org_number text UNIQUE CHECK (org_number ~ '^[0-9]{6}-[0-9]{4}$'),
      description text,
      member_count integer CHECK (member_count >= 0),
      website text,
      street text,
      postal_code text,
      city text,
      districts text[] NOT NULL DEFAULT '{}',
      areas text[] NOT NULL DEFAULT '{}',
      contacts jsonb NOT NULL DEFAULT '[]'::jsonb,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      democracy_result text CHECK (democracy_result IN ('eligible', 'not_eligible')),
      democracy_valid_until date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('swedish'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))
      ) STORED,
      FOREIGN KEY (kind, legal_form) REFERENCES legal_form (kind, code)
    )`.execute(db);
  await sql`CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (lower(name) gin_trgm_ops)`.execute(db);
  // GiST as well as GIN: it orders by trigram distance (KNN) for relevance-sorted searches.
  await sql`CREATE INDEX organisation_name_trgm_gist_idx ON organisation USING gist (lower(name) gist_trgm_ops)`.execute(db);
  await sql`CREATE INDEX organisation_search_idx ON organisation USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX organisation_name_idx ON organisation (lower(name), id)`.execute(db);
  await sql`CREATE INDEX organisation_updated_idx ON organisation (updated_at, id)`.execute(db);
  await sql`CREATE INDEX organisation_areas_idx ON organisation USING gin (areas)`.execute(db);
  await sql`CREATE INDEX organisation_districts_idx ON organisation USING gin (districts)`.execute(db);
  await sql`CREATE INDEX organisation_kind_idx ON organisation (kind, legal_form)`.execute(db);
  await sql`CREATE INDEX organisation_number_digits_idx ON organisation (replace(org_number, '-', '') text_pattern_ops)`.execute(db);

  await sql`
    CREATE TABLE organisation_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      document_type text NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      file_id uuid NOT NULL REFERENCES file(id),
      note text,
      uploaded_by uuid REFERENCES app_user(id),
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX organisation_document_org_idx ON organisation_document (organisation_id, document_type, year)`.execute(db);

  await sql`
    CREATE TABLE organisation_document_absence (
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      document_type text NOT NULL,
      reason text,
      recorded_by uuid REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (organisation_id, document_type)
    )`.execute(db);

  await sql`
    CREATE TABLE democracy_assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      result text NOT NULL CHECK (result IN ('eligible', 'not_eligible')),
      conditions jsonb NOT NULL,
      exclusions jsonb NOT NULL,
      summary text,
      signed_by uuid NOT NULL REFERENCES app_user(id),
      signed_at timestamptz NOT NULL,
      valid_until date NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX democracy_assessment_org_idx ON democracy_assessment (organisation_id, signed_at)`.execute(db);

  await sql`
    CREATE TABLE remediation_measure (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      description text NOT NULL,
      completed_on date NOT NULL,
      evidence jsonb NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX remediation_measure_org_idx ON remediation_measure (organisation_id, recorded_at)`.execute(db);

  await sql`
    CREATE TABLE organisation_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      file_name text NOT NULL,
      headers jsonb NOT NULL,
      rows jsonb NOT NULL,
      mapping jsonb NOT NULL,
      status text NOT NULL DEFAULT 'preview' CHECK (status IN ('preview', 'committed')),
      imported_count integer,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      committed_at timestamptz,
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
}
