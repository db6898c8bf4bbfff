import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env';
import { EmbeddedDatabaseInUseError } from '../db/embedded-lock';
import { BackupRefusedError } from '../modules/backup/backup.service';
import { PgToolMissingError } from '../modules/backup/pg-tools';
import { restoreBackup } from '../modules/backup/restore.service';

// `npm run db:restore -- <file> [--target <URL>]`: restores a backup into an EMPTY database and
// verifies the audit chain. Exit code 2 when refused (nothing written), 1 when the restore failed
// or the restored chain is broken.
const { values, positionals } = parseArgs({ options: { target: { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (positionals.length !== 1 || file === undefined) {
  console.error('Användning (usage): npm run db:restore -- <fil.backup> [--target postgresql://…]');
  process.exit(2);
}
try {
  const result = await restoreBackup({ config: loadConfig(), file, targetUrl: values.target, log: (line) => console.log(line) });
  console.log(`Återställd på ${result.seconds.toFixed(1)} s (restored in ${result.seconds.toFixed(1)} s).`);
  if (result.chain.ok) {
    console.log(`Granskningsloggen är intakt: ${result.chain.rows} rader verifierade. (Audit log intact: ${result.chain.rows} rows verified.)`);
  } else {
    console.error(
      `Granskningsloggen är BRUTEN vid rad ${result.chain.brokenId}: ${result.chain.reason}. ` +
        `(Audit log BROKEN at row id ${result.chain.brokenId}: ${result.chain.reason}.)`,
    );
    process.exitCode = 1;
  }
  if (!result.headMatches) {
    const expected = result.manifest.auditHead ? `rad ${result.manifest.auditHead.id}` : 'en tom logg';
    console.error(
      `Granskningsloggens sista rad stämmer inte med manifestet (väntade ${expected}). ` +
        `(The audit log's last row does not match the manifest's auditHead.)`,
    );
    process.exitCode = 1;
  }
  if (result.pending.length > 0) {
    console.log(
      `Databasen ligger ${result.pending.length} migreringar efter koden (${result.pending.join(', ')}); appen kör dem när den startar. ` +
        `(The database is ${result.pending.length} migrations behind the code; the app runs them at start.)`,
    );
  } else {
    console.log('Databasens migreringar är i nivå med koden. (The database is at the code\'s latest migration.)');
  }
  if (result.unknown.length > 0) {
    console.error(
      `Databasen har migreringar som den här versionen inte känner till (${result.unknown.join(', ')}); kör en lika ny version av Samverkan. ` +
        `(The backup comes from a newer version; run at least that version.)`,
    );
  }
} catch (error) {
  if (error instanceof BackupRefusedError || error instanceof PgToolMissingError || error instanceof EmbeddedDatabaseInUseError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(`Återställningen misslyckades (the restore failed): ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
