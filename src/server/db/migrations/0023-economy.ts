import { type Kysely, sql } from 'kysely';

/**
 * Economy of cooperations (IOP-9) and the accumulated value of welfare-service procurements (FRM-7).
 *
 * IOP-9: outcome entries per cooperation, year and party (whole kronor within an `integer`, money or in kind, with a
 * reference such as an invoice or voucher number), corrected by version and removed with the row
 * kept (`removed_at`) so the audit trail and the reconciliations that counted them stay readable;
 * reconciliations recorded at a meeting of a body that governs the cooperation, with a snapshot of
 * the budget-vs-outcome figures reconciled; and external audits with auditor, scope, date, findings
 * and the report file.
 *
 * FRM-7: value entries of a welfare-service procurement (the initial value, extensions and
 * call-offs) and whether the contract was advertised, compared with the dated thresholds.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE economy_outcome (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      occurred_on date NOT NULL,
      amount_sek integer NOT NULL CHECK (amount_sek >= 0),
      kind text NOT NULL CHECK (kind IN ('money', 'in_kind')),
      reference text CHECK (char_length(reference) <= 200),
      note text CHECK (char_length(note) <= 2000),
      removed_at timestamptz,
      removed_by uuid REFERENCES app_user(id),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX economy_outcome_cooperation_idx ON economy_outcome (cooperation_id, year, occurred_on)`.execute(db);

  await sql`
    CREATE TABLE economy_reconciliation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      meeting_id uuid NOT NULL REFERENCES governance_meeting(id),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      snapshot jsonb NOT NULL,
      note text CHECK (char_length(note) <= 5000),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX economy_reconciliation_cooperation_idx ON economy_reconciliation (cooperation_id, year)`.execute(db);

  await sql`
    CREATE TABLE economy_audit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      auditor text NOT NULL CHECK (char_length(btrim(auditor)) BETWEEN 1 AND 300),
      scope text NOT NULL CHECK (char_length(btrim(scope)) BETWEEN 1 AND 5000),
      audited_on date NOT NULL,
      findings text CHECK (char_length(findings) <= 20000),
      report_file_id uuid REFERENCES file(id),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX economy_audit_cooperation_idx ON economy_audit (cooperation_id, audited_on)`.execute(db);

  await sql`
    CREATE TABLE welfare_value_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      kind text NOT NULL CHECK (kind IN ('initial', 'extension', 'call_off')),
      entry_date date NOT NULL,
      amount_sek integer NOT NULL CHECK (amount_sek >= 0),
      note text CHECK (char_length(note) <= 2000),
      removed_at timestamptz,
      removed_by uuid REFERENCES app_user(id),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  // The overview reads the live entries of a page of cooperations at once.
  await sql`CREATE INDEX welfare_value_entry_cooperation_idx ON welfare_value_entry (cooperation_id, entry_date) WHERE removed_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE welfare_value_contract (
      cooperation_id uuid PRIMARY KEY REFERENCES cooperation(id),
      advertised boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE welfare_value_contract`.execute(db);
  await sql`DROP TABLE welfare_value_entry`.execute(db);
  await sql`DROP TABLE economy_audit`.execute(db);
  await sql`DROP TABLE economy_reconciliation`.execute(db);
  await sql`DROP TABLE economy_outcome`.execute(db);
}
