import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../tests/support/factories';
import { adminUrl, databaseUrl, uniqueDatabaseName } from '../../../tests/support/postgres-urls';
import { onPostgres } from '../../../tests/support/test-database';
import { type Db, type DatabaseHandle, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrations';

const run = promisify(execFile);
// The commands must use the database each test names, whatever the surrounding run targets.
const { DATABASE_URL: _ignored, ...baseEnv } = process.env;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-backup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function command(script: 'db-backup' | 'db-restore', args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `src/server/cli/${script}.ts`, ...args], {
      env: { ...baseEnv, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** Three users, each with its audit row. */
async function seed(db: Db): Promise<void> {
  await migrateToLatest(db);
  for (let i = 0; i < 3; i += 1) await makeUser(db);
}

async function counts(db: Db): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['app_user', 'audit_log', 'kysely_migration']) {
    const row = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
    result[table] = Number(row.rows[0]?.n);
  }
  return result;
}

/** A copy of a backup and its manifest with one byte of the backup flipped. */
function corruptedCopy(file: string): string {
  const bad = path.join(path.dirname(file), `corrupted-${path.basename(file)}`);
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  fs.writeFileSync(bad, bytes);
  fs.copyFileSync(`${file}.json`, `${bad}.json`);
  return bad;
}

describe('npm run db:backup / db:restore on the embedded database (issue 16: backups and restore)', () => {
  const source = path.join(work, 'source');
  const target = path.join(work, 'target');
  const backup = path.join(work, 'backups', 'embedded.backup');
  const openSource = () => openDatabase({ kind: 'pglite', dataDir: path.join(source, 'pglite') });

  beforeAll(async () => {
    const handle = await openSource();
    await seed(handle.db);
    await handle.close();
  }, 120_000);

  it('refuses to back up while the app holds DATA_DIR, and says to stop it', async () => {
    // This test's own process stands in for the running app: alive, and not the command.
    fs.writeFileSync(path.join(source, 'samverkan.pid'), `${process.pid}\n`);
    try {
      const refused = await command('db-backup', ['--out', backup], { DATA_DIR: source });
      expect(refused.code).toBe(2);
      expect(refused.output).toContain('Stoppa Samverkan först');
      expect(refused.output).toContain('move to PostgreSQL for online backups');
      expect(fs.existsSync(backup)).toBe(false);
    } finally {
      fs.rmSync(path.join(source, 'samverkan.pid'), { force: true });
    }
  }, 60_000);

  it('backs up with a manifest, refuses a corrupted copy, a missing manifest and another kind, then restores with the chain intact', async () => {
    const made = await command('db-backup', ['--out', backup], { DATA_DIR: source });
    expect(made.output).toContain('Klart (done)');
    expect(made.code).toBe(0);
    expect(fs.readdirSync(path.dirname(backup)).sort()).toEqual(['embedded.backup', 'embedded.backup.json']);
    const manifest = JSON.parse(fs.readFileSync(`${backup}.json`, 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 1, kind: 'pglite', sizeBytes: fs.statSync(backup).size, migrations: expect.any(String) });
    expect(manifest.auditHead).toMatchObject({ id: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const corrupted = await command('db-restore', [corruptedCopy(backup)], { DATA_DIR: target });
    expect(corrupted.code).toBe(2);
    expect(corrupted.output).toContain("backup's checksum does not match");
    expect(fs.existsSync(path.join(target, 'pglite'))).toBe(false);

    const bare = path.join(work, 'backups', 'bare.backup');
    fs.copyFileSync(backup, bare);
    const noManifest = await command('db-restore', [bare], { DATA_DIR: target });
    expect(noManifest.code).toBe(2);
    expect(noManifest.output).toContain('manifest');

    const otherKind = await command('db-restore', [backup, '--target', 'postgresql://nobody@127.0.0.1:1/none'], { DATA_DIR: target });
    expect(otherKind.code).toBe(2);
    expect(otherKind.output).toContain('kind pglite');
    expect(fs.existsSync(path.join(target, 'pglite'))).toBe(false);

    const restored = await command('db-restore', [backup], { DATA_DIR: target });
    expect(restored.output).toContain('Audit log intact: 3 rows verified.');
    expect(restored.output).toContain('latest migration');
    expect(restored.code).toBe(0);

    const again = await command('db-restore', [backup], { DATA_DIR: target });
    expect(again.code).toBe(2);
    expect(again.output).toContain('is not empty');

    const [from, to] = [await openSource(), await openDatabase({ kind: 'pglite', dataDir: path.join(target, 'pglite') })];
    try {
      expect(await counts(to.db)).toEqual(await counts(from.db));
      expect((await counts(to.db)).audit_log).toBe(3);
    } finally {
      await from.close();
      await to.close();
    }
  }, 180_000);
});

describe.runIf(onPostgres)('npm run db:backup / db:restore on PostgreSQL (issue 16: backups and restore)', () => {
  const baseUrl = process.env.TEST_DATABASE_URL ?? '';
  const names = { source: uniqueDatabaseName('samverkan_bk_src'), target: uniqueDatabaseName('samverkan_bk_dst'), busy: uniqueDatabaseName('samverkan_bk_busy') };
  const backup = path.join(work, 'pg', 'postgres.backup');
  let admin: DatabaseHandle;

  beforeAll(async () => {
    admin = await openDatabase({ kind: 'postgres', url: adminUrl(baseUrl), poolSize: 1 });
    for (const name of Object.values(names)) await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db);
    const source = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, names.source) });
    await seed(source.db);
    await source.close();
    const busy = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, names.busy) });
    await sql`CREATE TABLE leftover (id int)`.execute(busy.db);
    await busy.close();
  }, 120_000);

  afterAll(async () => {
    for (const name of Object.values(names)) await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db);
    await admin.close();
  });

  it('backs up with pg_dump, refuses a corrupted copy and a non-empty target, then restores with the chain intact', async () => {
    const env = { DATABASE_URL: databaseUrl(baseUrl, names.source), DATA_DIR: path.join(work, 'pg-data') };
    const made = await command('db-backup', ['--out', backup], env);
    expect(made.output).toContain('Klart (done)');
    expect(made.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(`${backup}.json`, 'utf8'))).toMatchObject({ format: 1, kind: 'postgres' });

    const targetUrl = databaseUrl(baseUrl, names.target);
    const corrupted = await command('db-restore', [corruptedCopy(backup), '--target', targetUrl], env);
    expect(corrupted.code).toBe(2);
    expect(corrupted.output).toContain("backup's checksum does not match");

    const busy = await command('db-restore', [backup, '--target', databaseUrl(baseUrl, names.busy)], env);
    expect(busy.code).toBe(2);
    expect(busy.output).toContain(`${names.busy} is not empty`);
    expect(busy.output).toContain('leftover');

    const target = await openDatabase({ kind: 'postgres', url: targetUrl, poolSize: 1 });
    const source = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, names.source), poolSize: 1 });
    try {
      const tables = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`.execute(target.db);
      expect(Number(tables.rows[0]?.n)).toBe(0);

      const restored = await command('db-restore', [backup, '--target', targetUrl], env);
      expect(restored.output).toContain('Audit log intact: 3 rows verified.');
      expect(restored.code).toBe(0);
      expect(await counts(target.db)).toEqual(await counts(source.db));
    } finally {
      await target.close();
      await source.close();
    }
  }, 180_000);
});
