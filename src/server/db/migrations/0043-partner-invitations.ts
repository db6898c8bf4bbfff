import { type Kysely, sql } from 'kysely';

/**
 * Invited partner accounts (issue 15): staff — or an organisation's contact, within the limits
 * staff set — invite a person of a registered organisation by e-mail. The link carries a random
 * token of which only the SHA-256 hash is stored; it is used once, expires, and can be revoked.
 * `partner_account_limit` holds what staff allow an organisation (most accounts, whether its
 * contact may invite); an organisation without a row has the defaults. A partner account marked
 * as contact manages its organisation's people.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE partner_account ADD COLUMN is_contact boolean NOT NULL DEFAULT false`.execute(db);
  await sql`
    CREATE TABLE partner_invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      email text NOT NULL,
      name text NOT NULL,
      as_contact boolean NOT NULL DEFAULT false,
      invited_by uuid REFERENCES app_user(id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_user_id uuid REFERENCES app_user(id),
      revoked_at timestamptz,
      revoked_by uuid REFERENCES app_user(id),
      CHECK (accepted_at IS NULL OR revoked_at IS NULL),
      CHECK ((accepted_at IS NULL) = (accepted_user_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX partner_invitation_organisation_idx ON partner_invitation (organisation_id, created_at DESC)`.execute(db);
  await sql`
    CREATE TABLE partner_account_limit (
      organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
      max_accounts integer NOT NULL CHECK (max_accounts BETWEEN 1 AND 100),
      contact_may_invite boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user(id)
    )`.execute(db);
}
