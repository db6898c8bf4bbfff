import { z } from 'zod';

/**
 * Backups (decision 020): a backup is one file plus a manifest beside it that names its kind,
 * checksum and size and the audit chain's last row at the moment of the backup. A restore trusts
 * nothing in the backup until the file's checksum matches the manifest.
 */

/** Which database a backup was taken from; a backup is only restored into the same kind. */
export const BACKUP_KINDS = ['postgres', 'pglite'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The manifest format this build writes and reads. */
export const BACKUP_FORMAT = 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');

export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    kind: z.enum(BACKUP_KINDS),
    createdAt: z.iso.datetime(),
    sha256: sha256Hex,
    sizeBytes: z.number().int().nonnegative(),
    /** The last migration the database had run, or null before the first. */
    migrations: z.string().nullable(),
    /** The audit chain's last row when the backup was taken, or null for an empty chain. */
    auditHead: z.object({ id: z.string().regex(/^\d+$/), hash: sha256Hex }).nullable(),
    appVersion: z.string(),
  })
  .strict();

export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Reads a manifest's text; the error names what is wrong, never throws anything else. */
export function parseBackupManifest(text: string): { ok: true; manifest: BackupManifest } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'manifest'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, manifest: parsed.data };
}

/** The default file name of a backup: kind and UTC time to the second, so names sort by time. */
export function backupFileName(kind: BackupKind, at: Date): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `samverkan-${kind}-${stamp}.backup`;
}

/** The manifest's path for a backup file: the same name with `.json` added. */
export function manifestPathFor(backupPath: string): string {
  return `${backupPath}.json`;
}

/** Why a backup may not be restored into a target, or undefined when it may (the checksum aside). */
export function restoreRefusal(
  manifest: BackupManifest,
  actual: { sha256: string; sizeBytes: number },
  targetKind: BackupKind,
): string | undefined {
  if (actual.sizeBytes !== manifest.sizeBytes || actual.sha256 !== manifest.sha256) {
    return (
      `Säkerhetskopians kontrollsumma stämmer inte med manifestet; filen är skadad eller ändrad. ` +
      `(The backup's checksum does not match its manifest: expected ${manifest.sha256} (${manifest.sizeBytes} bytes), ` +
      `found ${actual.sha256} (${actual.sizeBytes} bytes).)`
    );
  }
  if (manifest.kind !== targetKind) {
    return (
      `Säkerhetskopian är tagen från ${kindLabel(manifest.kind)} och kan inte läsas in i ${kindLabel(targetKind)}. ` +
      `(The backup is of kind ${manifest.kind} and cannot be restored into a ${targetKind} database.)`
    );
  }
  return undefined;
}

function kindLabel(kind: BackupKind): string {
  return kind === 'postgres' ? 'PostgreSQL' : 'den inbäddade databasen';
}

/** The migrations this build knows that a restored database has not run (the app runs them at start). */
export function pendingMigrations(known: readonly string[], executed: readonly string[]): string[] {
  const done = new Set(executed);
  return known.filter((name) => !done.has(name));
}

/** A byte count for people: 1.4 MB, 812 kB, 96 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000_000) return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} B`;
}
