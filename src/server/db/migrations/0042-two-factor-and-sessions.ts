import { type Kysely, sql } from 'kysely';

/**
 * Two-factor sign-in (TOTP) and the session list (issue 15, decision 015).
 *
 * `user_two_factor` holds a user's TOTP secret, encrypted at rest (AES-256-GCM; the ciphertext
 * names which key sealed it), whether enrolment is still pending a first code or confirmed, and
 * the last time step a code was accepted for, so a code is never accepted twice.
 * `user_recovery_code` holds the hashes of a user's ten recovery codes, each usable once.
 * `login_challenge` is the pending second step of a password sign-in: a short-lived, single-use
 * challenge stored as a hash, with the attempts made on it.
 * `user_session` gains a public id (to list and end one session without revealing its secret),
 * and how the user signed in.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE user_two_factor (
      user_id uuid PRIMARY KEY REFERENCES app_user(id),
      secret_ciphertext text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'enrolled')),
      last_used_step integer,
      created_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE user_recovery_code (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      code_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX user_recovery_code_user_idx ON user_recovery_code (user_id)`.execute(db);

  await sql`
    CREATE TABLE login_challenge (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id),
      email text NOT NULL,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX login_challenge_expires_idx ON login_challenge (expires_at)`.execute(db);

  await sql`ALTER TABLE user_session ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid()`.execute(db);
  await sql`ALTER TABLE user_session ADD COLUMN method text NOT NULL DEFAULT 'password' CHECK (method IN ('password', 'oidc'))`.execute(db);
  await sql`CREATE UNIQUE INDEX user_session_public_id_idx ON user_session (public_id)`.execute(db);
}
