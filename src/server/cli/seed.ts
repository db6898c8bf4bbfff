import { loadConfig } from '../config/env';
import { migrateToLatest } from '../db/migrations';
import { openConfiguredDatabase } from '../db/open-configured';
import { seedDemo } from '../db/seed/demo';
import { createFileStorage } from '../modules/files/file-storage';

// `npm run db:seed`: loads the demo data into the configured database (idempotent).
const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  await migrateToLatest(database.db);
  const { created, password } = await seedDemo(database.db, createFileStorage());
  console.log(
    created.length > 0
      ? `Demo users created (password ${password}):\n${created.map((e) => `  ${e}`).join('\n')}`
      : 'Demo data already present.',
  );
} finally {
  await database.close();
}
