import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env';
import { EmbeddedDatabaseInUseError } from '../db/embedded-lock';
import { BackupRefusedError, createBackup } from '../modules/backup/backup.service';
import { PgToolMissingError } from '../modules/backup/pg-tools';

// `npm run db:backup [-- --out <file>]`: a consistent backup of the configured database with a
// manifest (checksum, audit head) beside it. Exit code 2 when refused, 1 when it failed.
const { values } = parseArgs({ options: { out: { type: 'string' } } });
try {
  await createBackup({ config: loadConfig(), out: values.out, log: (line) => console.log(line) });
} catch (error) {
  if (error instanceof EmbeddedDatabaseInUseError) {
    console.error(
      `${error.message}\nDen inbäddade databasen kan bara säkerhetskopieras när appen är stoppad: stoppa, säkerhetskopiera, starta. ` +
        `För säkerhetskopior under drift, flytta till PostgreSQL. (The embedded database is backed up with the app stopped; ` +
        `move to PostgreSQL for online backups.)`,
    );
    process.exitCode = 2;
  } else if (error instanceof BackupRefusedError || error instanceof PgToolMissingError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(`Säkerhetskopieringen misslyckades (the backup failed): ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
