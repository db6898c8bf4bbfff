import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { registerTypeParsers } from './type-parsers';

registerTypeParsers();

export type Db = Kysely<Database>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Db;
  kind: DatabaseKind;
  /** The embedded instance, when there is one (tests dump and clone it). */
  pglite: PGlite | undefined;
  /** The server's connection string (PostgreSQL only), for the job queue's own pool. */
  connectionString?: string | undefined;
  /** The connection pool under Kysely, when known (its use is reported at /metrics). */
  pool?: pg.Pool | undefined;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | undefined; loadDataDir?: Blob | File };

/** Extensions the embedded database loads; a PostgreSQL server has them as contrib modules. */
export const pgliteExtensions = { pg_trgm };

/**
 * Opens the database. The embedded PGlite is reached through its node-postgres adapter with a
 * single pool, so the embedded and server paths run the very same Kysely code.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection that the server closes (restart, failover) must not crash the process;
    // the pool drops it and opens a new one for the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pglite: undefined, connectionString: options.url, pool, close: () => db.destroy() };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
  });
  // PGlite is a single session: one pool of one connection, shared by every user of the instance.
  const pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    pglite,
    pool,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
