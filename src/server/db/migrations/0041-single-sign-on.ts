import { type Kysely, sql } from 'kysely';

/**
 * Staff single sign-on with OpenID Connect (issue 15, decision 014).
 *
 * `sso_role_mapping` maps a value of the provider's group claim to a staff role; a value may map
 * to several roles and `partner` is never granted this way. `sso_identity` links the provider's
 * issuer and subject to an account, and says when claims (not an administrator) disabled it.
 * `sso_pending_login` holds a sign-in on its way through the provider, keyed by the hash of its
 * state, used once. `sso_session` keeps the ID token a session began with (the hint for signing
 * out at the provider) and goes with the session. `break_glass_account` marks the one account
 * that may always sign in with its password: the earliest administrator.
 *
 * An account made by single sign-on keeps `app_user.password_hash` NOT NULL with a value no
 * password can match (decision 014), so nothing that reads the column changes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE sso_role_mapping (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      claim_value text NOT NULL CHECK (char_length(btrim(claim_value)) BETWEEN 1 AND 500),
      role text NOT NULL CHECK (role IN ('officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin')),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (claim_value, role)
    )`.execute(db);
  await sql`
    CREATE TABLE sso_identity (
      issuer text NOT NULL,
      subject text NOT NULL,
      user_id uuid NOT NULL UNIQUE REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_login_at timestamptz,
      disabled_by_claims_at timestamptz,
      PRIMARY KEY (issuer, subject)
    )`.execute(db);
  await sql`
    CREATE TABLE sso_pending_login (
      state_hash text PRIMARY KEY,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      return_to text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sso_pending_login_expires_idx ON sso_pending_login (expires_at)`.execute(db);
  await sql`
    CREATE TABLE sso_session (
      session_id_hash text PRIMARY KEY REFERENCES user_session(id_hash) ON DELETE CASCADE,
      id_token text NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE break_glass_account (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      user_id uuid NOT NULL UNIQUE REFERENCES app_user(id),
      marked_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    INSERT INTO break_glass_account (user_id)
    SELECT id FROM app_user WHERE 'admin' = ANY(roles) ORDER BY created_at, id LIMIT 1`.execute(db);
}
