import { type Kysely, sql } from 'kysely';

/**
 * Partner accounts belong to an organisation, and partners report on their cooperations.
 *
 * A `partner` user is linked to the organisation it speaks for (`partner_account`, a table of its
 * own rather than a column on `app_user`, whose rows many queries join beside tables that have an
 * `organisation_id` of their own); it sees and reports only on cooperations where that organisation
 * is a party. A report covers one
 * cooperation and one period (a semester such as 2026-H1, or a year such as 2026): the follow-up
 * text and, for a year, the organisation's financial report (IOP-9: the administration has insight
 * into the activity's bookkeeping). Staff approve a submitted report — it is then read-only — or
 * return it with a comment that the partner sees.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE partner_account (
      user_id uuid PRIMARY KEY REFERENCES app_user(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX partner_account_organisation_idx ON partner_account (organisation_id)`.execute(db);
  await sql`
    CREATE TABLE partner_report (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}(-H[12])?$'),
      follow_up_text text,
      financial_report_file_id uuid REFERENCES file(id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
      review_comment text,
      submitted_by uuid REFERENCES app_user(id),
      submitted_at timestamptz,
      reviewed_by uuid REFERENCES app_user(id),
      reviewed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (cooperation_id, organisation_id, period),
      CHECK (status <> 'returned' OR review_comment IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX partner_report_status_idx ON partner_report (status, submitted_at) WHERE status = 'submitted'`.execute(db);
  await sql`CREATE INDEX partner_report_organisation_idx ON partner_report (organisation_id, period)`.execute(db);
}
