import { type Kysely, sql } from 'kysely';

/** Accounts, sessions, login attempts, API tokens and the append-only, hash-chained audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0),
      password_hash text NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      must_change_password boolean NOT NULL DEFAULT false,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      disabled_at timestamptz,
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`.execute(db);
  await sql`CREATE INDEX app_user_name_idx ON app_user (lower(name), id)`.execute(db);

  await sql`
    CREATE TABLE user_session (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id),
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX user_session_user_idx ON user_session (user_id)`.execute(db);

  await sql`
    CREATE TABLE login_attempt (
      id bigserial PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      succeeded boolean NOT NULL,
      attempted_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX login_attempt_email_idx ON login_attempt (email, attempted_at)`.execute(db);
  await sql`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at)`.execute(db);

  await sql`
    CREATE TABLE api_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz,
      version integer NOT NULL DEFAULT 1
    )`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      actor_type text NOT NULL CHECK (actor_type IN ('user', 'token', 'anonymous', 'system')),
      actor_id text,
      actor_label text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text,
      changes jsonb NOT NULL DEFAULT '{}'::jsonb,
      request_id text,
      ip text,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    )`.execute(db);
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_time_idx ON audit_log (occurred_at)`.execute(db);

  // The audit log is append-only: the database itself refuses to change or remove a row.
  await sql`
    CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
}
