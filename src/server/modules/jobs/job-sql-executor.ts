import { CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/database';

/** The one method pg-boss needs of a database (its `db` option), plus a close that waits for what is under way. */
export type JobSqlExecutor = {
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  /** Waits for the statements under way and refuses further ones; does not close the app's database. */
  close: () => Promise<void>;
};

// pg-boss sends its schema changes and maintenance as one script between BEGIN and COMMIT. A
// failing statement leaves that session in an aborted transaction, which must be rolled back on
// the same connection before the connection serves anyone else (on PGlite: the whole app).
const isScriptTransaction = (text: string) => /^\s*BEGIN\s*;/i.test(text);

type Connection = { query: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

function trackingExecutor(withConnection: <T>(work: (c: Connection) => Promise<T>) => Promise<T>, release: () => Promise<void>): JobSqlExecutor {
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  const run = async (text: string, values: unknown[]) =>
    withConnection(async (c) => {
      try {
        return await c.query(text, values);
      } catch (error) {
        if (isScriptTransaction(text)) await c.query('ROLLBACK', []).catch(() => undefined);
        throw error;
      }
    });
  return {
    executeSql: (text, values = []) => {
      // pg-boss records a run's completion without awaiting it; one that comes after the runner
      // stopped finds nothing to do rather than a closed database (the run stays active and its
      // expiry gives it to another process).
      if (closed) return Promise.resolve({ rows: [] });
      const statement = run(text, values);
      inFlight.add(statement);
      void statement.finally(() => inFlight.delete(statement)).catch(() => undefined);
      return statement;
    },
    close: async () => {
      // A settled statement's continuation may start another (a completion after a run): wait
      // until a full turn of the event loop passes with nothing under way.
      do {
        await Promise.allSettled([...inFlight]);
        await new Promise((resolve) => setImmediate(resolve));
      } while (inFlight.size > 0);
      closed = true;
      await release();
    },
  };
}

/**
 * Runs pg-boss on the app's own connection: the embedded database (PGlite) is a single session,
 * so the queue's statements take their turn with the app's (each is short; none waits on LISTEN).
 */
export function sharedConnectionExecutor(db: Db): JobSqlExecutor {
  return trackingExecutor(
    (work) =>
      db.connection().execute((connection) =>
        work({
          query: async (text, values) => {
            const result = await connection.executeQuery(CompiledQuery.raw(text, values));
            return { rows: result.rows as Record<string, unknown>[] };
          },
        }),
      ),
    async () => undefined,
  );
}

/**
 * Runs pg-boss on a small pool of its own to a PostgreSQL server, so polling for work never waits
 * behind (or holds up) the requests on the app's pool.
 */
export function ownPoolExecutor(connectionString: string, size = 3): JobSqlExecutor {
  const pool = new pg.Pool({ connectionString, max: size, application_name: 'samverkan-jobs' });
  pool.on('error', (error) => console.error(`Job queue connection lost: ${error.message}`));
  return trackingExecutor(
    async (work) => {
      const client = await pool.connect();
      try {
        return await work({ query: async (text, values) => ({ rows: (await client.query(text, values)).rows as Record<string, unknown>[] }) });
      } finally {
        client.release();
      }
    },
    () => pool.end(),
  );
}
