import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { JOB_SCHEMA } from './job-runner';

/** A failed or retrying run as pg-boss keeps it (its queue table or, once archived, its archive). */
export type JobFailureRow = {
  id: string;
  name: string;
  state: 'failed' | 'retry';
  output: { message?: unknown } | null;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  completed_on: Date | null;
  start_after: Date;
};

/** Whether pg-boss has installed its schema in this database (a runner has started here once). */
export async function isJobQueueInstalled(db: Db): Promise<boolean> {
  const row = await sql<{ installed: boolean }>`SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AS installed`.execute(db);
  return row.rows[0]?.installed === true;
}

// pg-boss's own queues (the cron hand-over) start with `__pgboss__`.
const failures = () => sql`
  SELECT id, name, state::text AS state, output, retry_count, retry_limit, created_on, completed_on, start_after
  FROM ${sql.table(`${JOB_SCHEMA}.job`)} WHERE state IN ('failed', 'retry') AND left(name, 10) <> '__pgboss__'
  UNION ALL
  SELECT id, name, state::text AS state, output, retry_count, retry_limit, created_on, completed_on, start_after
  FROM ${sql.table(`${JOB_SCHEMA}.archive`)} WHERE state = 'failed' AND left(name, 10) <> '__pgboss__'`;

/** The latest failed and retrying runs of the app's jobs, newest first. */
export async function findJobFailures(db: Db, limit: number): Promise<{ rows: JobFailureRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    sql<JobFailureRow>`SELECT * FROM (${failures()}) f ORDER BY COALESCE(completed_on, created_on) DESC, id DESC LIMIT ${limit}`.execute(db),
    sql<{ n: string }>`SELECT count(*) AS n FROM (${failures()}) f`.execute(db),
  ]);
  return { rows: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
}

/** Runs of the app's jobs in pg-boss's queue table by state (created, retry, active, completed, …). */
export async function countQueuedJobsByState(db: Db): Promise<Array<{ state: string; count: number }>> {
  const rows = await sql<{ state: string; n: string }>`
    SELECT state::text AS state, count(*) AS n FROM ${sql.table(`${JOB_SCHEMA}.job`)}
    WHERE left(name, 10) <> '__pgboss__' GROUP BY state`.execute(db);
  return rows.rows.map((r) => ({ state: r.state, count: Number(r.n) }));
}

/** How many failed runs pg-boss keeps (queue table and archive), as listed under Administration → Jobs. */
export async function countJobFailures(db: Db): Promise<number> {
  const row = await sql<{ n: string }>`SELECT count(*) AS n FROM (${failures()}) f WHERE state = 'failed'`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/** When a run of the named job last completed (queue table or archive), or null when none has. */
export async function findLastCompletion(db: Db, name: string): Promise<Date | null> {
  const row = await sql<{ at: Date | null }>`
    SELECT max(completed_on) AS at FROM (
      SELECT completed_on FROM ${sql.table(`${JOB_SCHEMA}.job`)} WHERE name = ${name} AND state = 'completed'
      UNION ALL
      SELECT completed_on FROM ${sql.table(`${JOB_SCHEMA}.archive`)} WHERE name = ${name} AND state = 'completed'
    ) runs`.execute(db);
  return row.rows[0]?.at ?? null;
}
