import fs from 'node:fs';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/server/db/database';
import { adminUrl, databaseUrl, uniqueDatabaseName } from './postgres-urls';

/** True when this run targets a PostgreSQL server instead of the embedded database. */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * A fresh, migrated database for one test file: a clone of the run's template, on PGlite by
 * default or as a new PostgreSQL database (dropped again by `close`) when TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    const name = uniqueDatabaseName('samverkan_test');
    const admin = await openDatabase({ kind: 'postgres', url: adminUrl(baseUrl), poolSize: 1 });
    await sql.raw(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`).execute(admin.db);
    const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, name) });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db);
        await admin.close();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplatePath'));
  return openDatabase({ kind: 'pglite', dataDir: undefined, loadDataDir: new Blob([dump]) });
}
