import { type Kysely, sql } from 'kysely';

/**
 * Integrationspakten membership (EMP-1, issue 14):
 *
 * - `employer_profile`: what the register does not say of an employer — its type (whether it is a
 *   platform or gig company is the case 004 answers) and, optionally, its size band.
 * - `integration_pact_application`: an application for membership, registered by staff or sent
 *   through the public form. It carries the applicant's own data (a public application arrives
 *   without a link to the register), the five explicit statements (the network's goals and the
 *   city's values), the officer's simpler check with each part stored, and the decision. An
 *   approved application points at the membership cooperation it created; the member-since day is
 *   that cooperation's `activated_on` (migration 0036). Nothing is deleted: an application ends as
 *   approved, rejected or withdrawn.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE employer_profile (
      organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
      employer_type text NOT NULL CHECK (employer_type IN ('company', 'platform_company', 'social_enterprise', 'public_employer', 'other')),
      size_band text CHECK (size_band IN ('micro', 'small', 'medium', 'large')),
      updated_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX employer_profile_type_idx ON employer_profile (employer_type)`.execute(db);
  await sql`
    CREATE TABLE integration_pact_application (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
      number_year integer NOT NULL,
      source text NOT NULL CHECK (source IN ('staff', 'public')),
      organisation_id uuid REFERENCES organisation(id),
      organisation_name text NOT NULL CHECK (char_length(btrim(organisation_name)) BETWEEN 1 AND 300),
      org_number text NOT NULL CHECK (char_length(org_number) BETWEEN 1 AND 20),
      employer_type text NOT NULL CHECK (employer_type IN ('company', 'platform_company', 'social_enterprise', 'public_employer', 'other')),
      contact_name text NOT NULL CHECK (char_length(btrim(contact_name)) BETWEEN 1 AND 200),
      contact_email text NOT NULL CHECK (char_length(contact_email) BETWEEN 3 AND 254),
      contact_phone text CHECK (contact_phone IS NULL OR char_length(contact_phone) <= 40),
      motivation text NOT NULL CHECK (char_length(btrim(motivation)) BETWEEN 1 AND 5000),
      statement_network_goals boolean NOT NULL,
      statement_non_discrimination boolean NOT NULL,
      statement_gender_equality boolean NOT NULL,
      statement_equality boolean NOT NULL,
      statement_human_rights boolean NOT NULL,
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'checked', 'approved', 'rejected', 'withdrawn')),
      check_org_number_valid boolean,
      check_organisation_active boolean,
      check_contact_named boolean,
      check_statements_given boolean,
      check_passed boolean,
      check_note text CHECK (check_note IS NULL OR char_length(check_note) <= 2000),
      checked_by uuid REFERENCES app_user(id),
      checked_at timestamptz,
      decision_reason text CHECK (decision_reason IS NULL OR char_length(decision_reason) <= 2000),
      decided_by uuid REFERENCES app_user(id),
      decided_at timestamptz,
      cooperation_id uuid UNIQUE REFERENCES cooperation(id),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      -- Approval needs a passed check, a linked organisation and the membership it created.
      CHECK (status <> 'approved' OR (check_passed AND organisation_id IS NOT NULL AND cooperation_id IS NOT NULL)),
      CHECK (status <> 'rejected' OR char_length(btrim(decision_reason)) > 0)
    )`.execute(db);
  await sql`CREATE INDEX integration_pact_application_status_idx ON integration_pact_application (status, created_at)`.execute(db);
  await sql`CREATE INDEX integration_pact_application_organisation_idx ON integration_pact_application (organisation_id)`.execute(db);
  await sql`CREATE INDEX integration_pact_application_org_number_idx ON integration_pact_application (org_number)`.execute(db);
}
