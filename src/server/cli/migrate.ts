import { loadConfig } from '../config/env';
import { migrateToLatest } from '../db/migrations';
import { openConfiguredDatabase } from '../db/open-configured';

// `npm run db:migrate`: brings the configured database to the latest schema.
const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const applied = await migrateToLatest(database.db);
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await database.close();
}
