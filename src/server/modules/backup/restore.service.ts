import fs from 'node:fs';
import path from 'node:path';
import {
  type BackupKind,
  type BackupManifest,
  formatBytes,
  manifestPathFor,
  parseBackupManifest,
  pendingMigrations,
  restoreRefusal,
} from '../../../shared/backup/backup.rules';
import type { AppConfig } from '../../config/env';
import { type Db, openDatabase } from '../../db/database';
import { acquireEmbeddedLock } from '../../db/embedded-lock';
import { knownMigrationNames } from '../../db/migrations';
import { type ChainVerification, verifyAuditChain } from '../audit/audit.service';
import { findExecutedMigrationNames } from '../health/health.repository';
import { fileDigest, hasEntries } from './backup-files';
import { type BackupLog, BackupRefusedError } from './backup.service';
import { describeDatabaseContents, findAuditHead } from './backup.repository';
import { redactedUrl, runPgTool } from './pg-tools';

/** What a restore found in the restored database. */
export type RestoreResult = {
  kind: BackupKind;
  manifest: BackupManifest;
  chain: ChainVerification;
  /** Whether the restored chain ends at the row the manifest recorded. */
  headMatches: boolean;
  /** Migrations this build knows that the restored database has not run (the app runs them at start). */
  pending: string[];
  /** Migrations the restored database has run that this build does not know (a backup from a newer version). */
  unknown: string[];
  seconds: number;
};

/**
 * Restores a backup into an empty database of the same kind and verifies it. The file's checksum
 * is checked against its manifest, and the target checked to be empty, before anything is
 * written; a refusal throws `BackupRefusedError`.
 */
export async function restoreBackup(options: {
  config: AppConfig;
  file: string;
  targetUrl?: string | undefined;
  log: BackupLog;
}): Promise<RestoreResult> {
  const { config, log } = options;
  const started = Date.now();
  const file = path.resolve(options.file);
  const manifest = readManifest(file);
  const targetUrl = options.targetUrl ?? config.databaseUrl;
  const targetKind: BackupKind = targetUrl ? 'postgres' : 'pglite';

  log(`Kontrollerar kontrollsumman för ${file} (${formatBytes(manifest.sizeBytes)}) … (checking the checksum)`);
  const refusal = restoreRefusal(manifest, await fileDigest(file), targetKind);
  if (refusal) throw new BackupRefusedError(refusal);

  const verify = async (db: Db) => {
    log('Verifierar granskningsloggens kedja … (verifying the audit chain)');
    const chain = await verifyAuditChain(db);
    const head = (await findAuditHead(db)) ?? null;
    const headMatches =
      manifest.auditHead === null ? head === null : head?.id === manifest.auditHead.id && head.hash === manifest.auditHead.hash;
    const executed = await findExecutedMigrationNames(db);
    const known = knownMigrationNames();
    return { chain, headMatches, pending: pendingMigrations(known, executed), unknown: pendingMigrations(executed, known) };
  };

  const found = targetUrl ? await restorePostgres(file, targetUrl, log, verify) : await restoreEmbedded(file, config.dataDir, log, verify);
  return { kind: targetKind, manifest, ...found, seconds: (Date.now() - started) / 1000 };
}

function readManifest(file: string): BackupManifest {
  if (!fs.existsSync(file)) throw new BackupRefusedError(`Filen ${file} finns inte. (The file ${file} does not exist.)`);
  const manifestFile = manifestPathFor(file);
  let text: string;
  try {
    text = fs.readFileSync(manifestFile, 'utf8');
  } catch {
    throw new BackupRefusedError(
      `Manifestet ${manifestFile} saknas; en säkerhetskopia utan manifest kan inte kontrolleras och läses inte in. ` +
        `(The manifest ${manifestFile} is missing; a backup without one cannot be checked and is not restored.)`,
    );
  }
  const parsed = parseBackupManifest(text);
  if (!parsed.ok) {
    throw new BackupRefusedError(`Manifestet ${manifestFile} är ogiltigt: ${parsed.reason}. (The manifest is invalid: ${parsed.reason}.)`);
  }
  return parsed.manifest;
}

type Verify = (db: Db) => Promise<Omit<RestoreResult, 'kind' | 'manifest' | 'seconds'>>;

async function restorePostgres(file: string, url: string, log: BackupLog, verify: Verify) {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  try {
    const contents = await describeDatabaseContents(database.db).catch((error: unknown) => {
      // 3D000: the database does not exist; creating it is the operator's deliberate step.
      if ((error as { code?: string }).code !== '3D000') throw error;
      throw new BackupRefusedError(
        `Måldatabasen ${redactedUrl(url)} finns inte; skapa en tom databas först (createdb). ` +
          `(The target database ${redactedUrl(url)} does not exist; create an empty one first.)`,
      );
    });
    if (contents.tableCount > 0 || contents.pgboss) {
      const what = [
        ...(contents.tableCount > 0 ? [`${contents.tableCount} tabeller i schemat public (${contents.publicTables.join(', ')}${contents.tableCount > 5 ? ', …' : ''})`] : []),
        ...(contents.pgboss ? ['schemat pgboss'] : []),
      ].join(' och ');
      throw new BackupRefusedError(
        `Måldatabasen ${redactedUrl(url)} är inte tom: den har ${what}. Återställ bara till en tom databas (createdb). ` +
          `(The target database ${redactedUrl(url)} is not empty; restore only into an empty database.)`,
      );
    }
    log(`Återställer till ${redactedUrl(url)} med pg_restore … (restoring)`);
    // One transaction: a restore that fails half-way leaves the target as empty as it was.
    await runPgTool('pg_restore', url, ['--no-owner', '--exit-on-error', '--single-transaction', file]);
    return await verify(database.db);
  } finally {
    await database.close();
  }
}

async function restoreEmbedded(file: string, dataDir: string, log: BackupLog, verify: Verify) {
  // The lock refuses the restore while the app (or another command) holds DATA_DIR.
  const release = acquireEmbeddedLock(dataDir);
  try {
    const target = path.join(dataDir, 'pglite');
    if (hasEntries(target)) {
      throw new BackupRefusedError(
        `Den inbäddade databasen ${target} är inte tom. Återställ till en ny DATA_DIR eller flytta undan mappen först. ` +
          `(The embedded database ${target} is not empty; restore into a new DATA_DIR or move the folder away first.)`,
      );
    }
    log(`Återställer till ${target} … (restoring)`);
    const bytes = await fs.promises.readFile(file);
    let database;
    try {
      database = await openDatabase({ kind: 'pglite', dataDir: target, loadDataDir: new Blob([bytes]) });
    } catch (error) {
      // A load that failed must not leave a half-written folder that later looks like a database.
      await fs.promises.rm(target, { recursive: true, force: true });
      throw error;
    }
    try {
      return await verify(database.db);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}
