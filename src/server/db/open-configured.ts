import path from 'node:path';
import type { AppConfig } from '../config/env';
import { type DatabaseHandle, openDatabase } from './database';
import { acquireEmbeddedLock } from './embedded-lock';

/**
 * Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite
 * in DATA_DIR — which only one process may hold (the app, or a command such as a backup), so
 * a second one is refused with `EmbeddedDatabaseInUseError` instead of corrupting it.
 */
export async function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  const release = acquireEmbeddedLock(config.dataDir);
  try {
    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
    return {
      ...handle,
      close: async () => {
        try {
          await handle.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
