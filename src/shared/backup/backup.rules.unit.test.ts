import { describe, expect, it } from 'vitest';
import { backupFileName, type BackupManifest, manifestPathFor, parseBackupManifest, pendingMigrations, restoreRefusal } from './backup.rules';

const manifest: BackupManifest = {
  format: 1,
  kind: 'postgres',
  createdAt: '2026-12-06T02:30:00.000Z',
  sha256: 'a'.repeat(64),
  sizeBytes: 1234,
  migrations: '0044-partner-document-submissions',
  auditHead: { id: '442', hash: 'b'.repeat(64) },
  appVersion: '0.1.0',
};

describe('backup file names and manifests (issue 16: backups and restore)', () => {
  it('names a backup by kind and UTC second, and its manifest beside it', () => {
    const name = backupFileName('pglite', new Date('2026-12-06T02:30:05.123Z'));
    expect(name).toBe('samverkan-pglite-20261206T023005Z.backup');
    expect(manifestPathFor(`/var/backups/${name}`)).toBe(`/var/backups/${name}.json`);
  });

  it('reads a valid manifest, with or without an audit head', () => {
    expect(parseBackupManifest(JSON.stringify(manifest))).toEqual({ ok: true, manifest });
    expect(parseBackupManifest(JSON.stringify({ ...manifest, auditHead: null, migrations: null })).ok).toBe(true);
  });

  it('refuses text that is not JSON, another format, a bad checksum or extra fields, naming the field', () => {
    expect(parseBackupManifest('{')).toEqual({ ok: false, reason: 'not JSON' });
    expect(parseBackupManifest(JSON.stringify({ ...manifest, format: 2 }))).toMatchObject({ ok: false, reason: expect.stringContaining('format') });
    expect(parseBackupManifest(JSON.stringify({ ...manifest, sha256: 'xyz' }))).toMatchObject({ ok: false, reason: expect.stringContaining('sha256') });
    expect(parseBackupManifest(JSON.stringify({ ...manifest, kind: 'mysql' }))).toMatchObject({ ok: false, reason: expect.stringContaining('kind') });
    expect(parseBackupManifest(JSON.stringify({ ...manifest, extra: 1 })).ok).toBe(false);
  });

  it('refuses a checksum or size that differs, and another kind of target', () => {
    const actual = { sha256: manifest.sha256, sizeBytes: manifest.sizeBytes };
    expect(restoreRefusal(manifest, actual, 'postgres')).toBeUndefined();
    expect(restoreRefusal(manifest, { ...actual, sha256: 'c'.repeat(64) }, 'postgres')).toMatch(/kontrollsumma.*checksum/);
    expect(restoreRefusal(manifest, { ...actual, sizeBytes: 1 }, 'postgres')).toMatch(/checksum/);
    expect(restoreRefusal(manifest, actual, 'pglite')).toMatch(/PostgreSQL.*inbäddade.*kind postgres/);
  });

  it('lists the migrations the code knows that the database has not run', () => {
    expect(pendingMigrations(['0001-a', '0002-b', '0003-c'], ['0001-a', '0002-b'])).toEqual(['0003-c']);
    expect(pendingMigrations(['0001-a'], ['0001-a'])).toEqual([]);
  });
});
