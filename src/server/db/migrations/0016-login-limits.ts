import { type Kysely, sql } from 'kysely';

/**
 * Login limits as counters (decision 005): one row per account, per account and address, and
 * per address, locked while an attempt is counted so that parallel guesses cannot all slip
 * through. The per-attempt log `login_attempt` served only the old limiter and is dropped; the
 * audit log keeps every attempt.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE login_limit (
      scope text NOT NULL CHECK (scope IN ('account', 'account_address', 'address')),
      email text NOT NULL DEFAULT '',
      ip text NOT NULL DEFAULT '',
      failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
      last_failure_at timestamptz,
      refused_since_failure integer NOT NULL DEFAULT 0 CHECK (refused_since_failure >= 0),
      PRIMARY KEY (scope, email, ip)
    )`.execute(db);
  // Forgotten counters are deleted by age.
  await sql`CREATE INDEX login_limit_last_failure_idx ON login_limit (last_failure_at)`.execute(db);
  await sql`DROP TABLE login_attempt`.execute(db);
}
