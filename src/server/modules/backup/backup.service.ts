import fs from 'node:fs';
import path from 'node:path';
import {
  type BackupKind,
  type BackupManifest,
  BACKUP_FORMAT,
  backupFileName,
  formatBytes,
  manifestPathFor,
} from '../../../shared/backup/backup.rules';
import type { AppConfig } from '../../config/env';
import { openDatabase } from '../../db/database';
import { openConfiguredDatabase } from '../../db/open-configured';
import { appVersion } from '../../version';
import { fileDigest, hasEntries, syncFile, writeFileAtomically } from './backup-files';
import { findAuditHead, findLastMigrationName, withExportedSnapshot } from './backup.repository';
import { runPgTool } from './pg-tools';

/** Prints one line of progress for the operator. */
export type BackupLog = (line: string) => void;

/** A backup or restore refused before anything was written (the commands exit with code 2). */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/** Where backups go unless `--out` names a file: BACKUP_DIR, else `<DATA_DIR>/backups`. */
export function defaultBackupDir(config: AppConfig, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.BACKUP_DIR || path.join(config.dataDir, 'backups'));
}

/** The kind of database the configuration names. */
export function configuredKind(config: AppConfig): BackupKind {
  return config.databaseUrl ? 'postgres' : 'pglite';
}

type Snapshot = { auditHead: BackupManifest['auditHead']; migrations: string | null };

/**
 * Takes a consistent backup of the configured database into one file and writes its manifest
 * beside it. The file is written under a temporary name and renamed when complete, and the
 * manifest last: a backup that crashed half-way never looks finished.
 */
export async function createBackup(options: {
  config: AppConfig;
  out?: string | undefined;
  backupDir?: string | undefined;
  now?: Date;
  log: BackupLog;
}): Promise<{ file: string; manifest: BackupManifest }> {
  const { config, log } = options;
  const started = Date.now();
  const now = options.now ?? new Date();
  const kind = configuredKind(config);
  const file = path.resolve(options.out ?? path.join(options.backupDir ?? defaultBackupDir(config), backupFileName(kind, now)));
  const manifestFile = manifestPathFor(file);
  for (const existing of [file, manifestFile]) {
    if (fs.existsSync(existing)) {
      throw new BackupRefusedError(`${existing} finns redan; välj ett annat namn. (${existing} already exists; choose another name.)`);
    }
  }
  if (kind === 'pglite' && !hasEntries(path.join(config.dataDir, 'pglite'))) {
    const dir = path.join(config.dataDir, 'pglite');
    throw new BackupRefusedError(`Det finns ingen inbäddad databas i ${dir}. (There is no embedded database in ${dir}.)`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.partial-${process.pid}`;
  log(`Säkerhetskopierar ${kind === 'postgres' ? 'PostgreSQL' : `den inbäddade databasen i ${config.dataDir}`} till ${file} …`);
  let snapshot: Snapshot;
  try {
    snapshot = kind === 'postgres' ? await dumpPostgres(config.databaseUrl ?? '', temporary) : await dumpEmbedded(config, temporary);
    await fs.promises.chmod(temporary, 0o600);
    await syncFile(temporary);
    const { sha256, sizeBytes } = await fileDigest(temporary);
    await fs.promises.rename(temporary, file);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      kind,
      createdAt: now.toISOString(),
      sha256,
      sizeBytes,
      migrations: snapshot.migrations,
      auditHead: snapshot.auditHead,
      appVersion: appVersion(),
    };
    await writeFileAtomically(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`Klart (done): ${file}, ${formatBytes(sizeBytes)}, ${seconds} s, SHA-256 ${sha256}.`);
    log(`Manifest: ${manifestFile}`);
    return { file, manifest };
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

// pg_dump dumps the snapshot the manifest's audit head and migration are read from, so the two
// describe exactly the same state even while the app keeps writing.
async function dumpPostgres(url: string, temporary: string): Promise<Snapshot> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  try {
    return await withExportedSnapshot(database.db, async (trx, snapshot) => {
      const auditHead = (await findAuditHead(trx)) ?? null;
      const migrations = await findLastMigrationName(trx);
      await runPgTool('pg_dump', url, ['--format=custom', `--snapshot=${snapshot}`, `--file=${temporary}`]);
      return { auditHead, migrations };
    });
  } finally {
    await database.close();
  }
}

// The embedded database is copied whole (PGlite's tarball of its data directory). Opening it
// takes the lock, so this is refused while the app runs: nothing else writes during the copy.
async function dumpEmbedded(config: AppConfig, temporary: string): Promise<Snapshot> {
  const database = await openConfiguredDatabase(config);
  try {
    const auditHead = (await findAuditHead(database.db)) ?? null;
    const migrations = await findLastMigrationName(database.db);
    if (!database.pglite) throw new Error('the embedded database has no PGlite instance');
    const dump = await database.pglite.dumpDataDir('gzip');
    await fs.promises.writeFile(temporary, new Uint8Array(await dump.arrayBuffer()), { mode: 0o600, flag: 'wx' });
    return { auditHead, migrations };
  } finally {
    await database.close();
  }
}
