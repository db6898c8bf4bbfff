import path from 'node:path';
import { loadConfig } from '../config/env';
import { migrateToLatest } from '../db/migrations';
import { openConfiguredDatabase } from '../db/open-configured';
import { moveFilesToDatabase } from '../modules/files/file-move';
import { createFileStorage, defaultFileStorageDir, LocalFileStorage } from '../modules/files/file-storage';

// `npm run files:move-to-database [folder]`: moves file content from the local folder earlier
// versions used (DATA_DIR/files unless a folder is given) into the database (decision 019).
// Idempotent; exit code 1 when some file's content is missing or damaged on disk.
const config = loadConfig();
const folder = path.resolve(process.argv[2] ?? defaultFileStorageDir(config.dataDir));
const database = await openConfiguredDatabase(config);
try {
  await migrateToLatest(database.db);
  const result = await moveFilesToDatabase(database.db, createFileStorage(), new LocalFileStorage(folder));
  const lines = [
    `Filer från ${folder} (files from ${folder}):`,
    `  flyttade till databasen (moved): ${result.moved}`,
    `  fanns redan i databasen (already there): ${result.alreadyThere}`,
    `  saknas på disken (missing on disk): ${result.missingOnDisk.length}`,
    ...result.missingOnDisk.map((f) => `    ${f.id}  ${f.name}`),
    `  innehållet stämmer inte med kontrollsumman (SHA-256 mismatch): ${result.hashMismatch.length}`,
    ...result.hashMismatch.map((f) => `    ${f.id}  ${f.name}`),
  ];
  console.log(lines.join('\n'));
  if (result.missingOnDisk.length > 0 || result.hashMismatch.length > 0) {
    console.error('Några filer kunde inte flyttas; leta rätt på dem (till exempel i en säkerhetskopia av mappen) och kör kommandot igen (some files could not be moved; find them, e.g. in a backup of the folder, and run the command again).');
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
