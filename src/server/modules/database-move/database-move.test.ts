import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, databaseUrl, uniqueDatabaseName } from '../../../../tests/support/postgres-urls';
import { onPostgres } from '../../../../tests/support/test-database';
import { type DatabaseHandle, type Db, openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrations';
import { seedDemo } from '../../db/seed/demo';
import { ensureFirstAdmin } from '../../db/seed/first-run';
import { verifyAuditChain } from '../audit/audit.service';
import { getFileForDownload } from '../files/file.service';
import { createFileStorage, type FileStorage } from '../files/file-storage';
import { assertTargetEmpty, moveToPostgres, type MoveReport } from './database-move.service';

const run = promisify(execFile);
const baseUrl = process.env.TEST_DATABASE_URL ?? '';
let dataDir: string;
let storage: FileStorage;
const openSource = () => openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
const created: string[] = [];
let admin: DatabaseHandle;

async function freshTarget(): Promise<{ name: string; url: string; handle: DatabaseHandle }> {
  const name = uniqueDatabaseName('samverkan_move');
  await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db);
  created.push(name);
  const url = databaseUrl(baseUrl, name);
  return { name, url, handle: await openDatabase({ kind: 'postgres', url }) };
}

/** Every table of schema public, read independently of the command's own catalogue code. */
async function publicTables(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(db);
  return result.rows.map((r) => r.name);
}

/** Per table: row count and a hash over every row's full text (generated columns included), in a fixed order. */
async function contents(db: Db): Promise<Record<string, { rows: number; hash: string }>> {
  await sql`SET bytea_output = 'hex'`.execute(db);
  const out: Record<string, { rows: number; hash: string }> = {};
  // Kysely's bookkeeping holds when each migration ran, which differs by design; compared by name below.
  for (const table of (await publicTables(db)).filter((t) => !t.startsWith('kysely_migration'))) {
    const result = await sql<{ rows: string; hash: string | null }>`
      SELECT count(*)::text AS rows, md5(string_agg(j, E'\n' ORDER BY j)) AS hash
      FROM (SELECT row_to_json(t)::text AS j FROM ${sql.id('public', table)} AS t) AS x`.execute(db);
    out[table] = { rows: Number(result.rows[0]?.rows), hash: result.rows[0]?.hash ?? '' };
  }
  return out;
}

async function text(db: Db, query: string): Promise<string | null> {
  const result = await sql.raw<{ v: string | null }>(query).execute(db);
  return result.rows[0]?.v ?? null;
}

describe.runIf(onPostgres)('moving the embedded database to PostgreSQL (issue 16: moving off the embedded database)', () => {
  let source: DatabaseHandle;
  let target: { name: string; url: string; handle: DatabaseHandle };
  let report: MoveReport;
  let sourceContents: Record<string, { rows: number; hash: string }>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-move-'));
    storage = createFileStorage();
    admin = await openDatabase({ kind: 'postgres', url: adminUrl(baseUrl), poolSize: 1 });
    source = await openSource();
    await migrateToLatest(source.db);
    await ensureFirstAdmin(source.db, { email: undefined, password: undefined });
    await seedDemo(source.db, storage);
    // The demo writes timestamps from JS (milliseconds); these carry microseconds, a jsonb with a
    // number's scale and non-ASCII text, and fill a table without a primary key over several batches.
    await sql`
      INSERT INTO rate_limit_hit (bucket, key_hash, hit_at)
      SELECT 'move-test', 'k' || i, '2026-01-02 03:04:05.123456+00'::timestamptz + i * interval '1.000001 second'
      FROM generate_series(1, 20) AS i`.execute(source.db);
    await sql`
      INSERT INTO setting (key, value, updated_at)
      VALUES ('move.test', '{"b": 1, "a": [1.50, "å ä ö", null, {"z": true}]}', '2026-03-04 05:06:07.654321+01')`.execute(source.db);
    sourceContents = await contents(source.db);
    target = await freshTarget();
    const started = performance.now();
    // Small batches, so keyset paging (also over composite keys) and the byte bound are exercised.
    report = await moveToPostgres({ source: source.db, target: target.handle.db, batchRows: 7, batchBytes: 4000 });
    console.log(`Moved the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s (batches of at most 7 rows).`);
  }, 240_000);

  afterAll(async () => {
    await source?.close();
    await target?.handle.close();
    for (const name of created) await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db);
    await admin?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every table with the same rows, value for value, and reports the counts', async () => {
    const targetContents = await contents(target.handle.db);
    expect(Object.keys(targetContents)).toEqual(Object.keys(sourceContents));
    expect(Object.keys(sourceContents).length).toBeGreaterThan(100);
    expect(sourceContents.organisation?.rows).toBeGreaterThan(0);
    expect(targetContents).toEqual(sourceContents);
    for (const { table, source: n, target: m } of report.tables) {
      expect(m).toBe(n);
      expect(n).toBe(sourceContents[table]?.rows);
    }
    expect(report.tables.map((t) => t.table)).not.toContain('kysely_migration');
  });

  it('keeps exact values: timestamps to the microsecond, jsonb, arrays, self-references, sequences', async () => {
    const checks = [
      `SELECT string_agg(created_at::text, ',' ORDER BY id) AS v FROM organisation`,
      `SELECT string_agg(changes::text, ',' ORDER BY id) AS v FROM audit_log`,
      `SELECT string_agg(roles::text, ',' ORDER BY email) AS v FROM app_user`,
      `SELECT string_agg(coalesce(reports_to_id::text, '-'), ',' ORDER BY id) AS v FROM governance_body`,
      `SELECT last_value::text AS v FROM audit_log_id_seq`,
      `SELECT string_agg(hit_at::text, ',' ORDER BY key_hash) AS v FROM rate_limit_hit WHERE bucket = 'move-test'`,
      `SELECT value::text || ' ' || updated_at::text AS v FROM setting WHERE key = 'move.test'`,
    ];
    for (const query of checks) {
      const value = await text(source.db, query);
      expect(value, query).not.toBeNull();
      expect(await text(target.handle.db, query), query).toBe(value);
    }
    expect(await text(target.handle.db, `SELECT min(hit_at)::text AS v FROM rate_limit_hit WHERE bucket = 'move-test'`)).toBe('2026-01-02 03:04:06.123457+00');
    expect(await text(target.handle.db, `SELECT value::text AS v FROM setting WHERE key = 'move.test'`)).toBe('{"a": [1.50, "å ä ö", null, {"z": true}], "b": 1}');
    expect(await text(target.handle.db, `SELECT count(*)::text AS v FROM rate_limit_hit WHERE bucket = 'move-test'`)).toBe('20');
    expect(await text(source.db, `SELECT string_agg(name, ',' ORDER BY name) AS v FROM kysely_migration`)).toBe(
      await text(target.handle.db, `SELECT string_agg(name, ',' ORDER BY name) AS v FROM kysely_migration`),
    );
    expect(await text(target.handle.db, `SELECT count(*)::text AS v FROM governance_body WHERE reports_to_id IS NOT NULL`)).not.toBe('0');
    // The next audit row follows on from the copied ones.
    const next = await text(target.handle.db, `SELECT nextval('audit_log_id_seq')::text AS v`);
    expect(Number(next)).toBe(sourceContents.audit_log!.rows + 1);
  });

  it('leaves an intact audit chain and the triggers on in the target', async () => {
    const chain = await verifyAuditChain(target.handle.db);
    expect(chain).toEqual({ ok: true, rows: sourceContents.audit_log?.rows });
    expect(report.audit.target).toEqual(chain);
    const disabled = await text(target.handle.db, `SELECT count(*)::text AS v FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`);
    expect(disabled).toBe('0');
    await expect(sql`DELETE FROM audit_log`.execute(target.handle.db)).rejects.toThrow(/append-only/);
  });

  it('carries every file: each one downloads from the target with its recorded hash', async () => {
    const files = await target.handle.db.selectFrom('file').select(['id', 'sha256']).execute();
    expect(files.length).toBeGreaterThan(0);
    expect(report.files.files).toBe(files.length);
    expect(report.files.problems).toEqual([]);
    for (const file of files) {
      const { stream } = await getFileForDownload(target.handle.db, storage, file.id);
      const hash = createHash('sha256');
      for await (const chunk of stream) hash.update(chunk as Buffer);
      expect(hash.digest('hex')).toBe(file.sha256);
    }
  });

  it('refuses a target that is not empty with exit code 2 and leaves it untouched', async () => {
    const before = await contents(target.handle.db);
    await source.close();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const result = await run(process.execPath, ['--import', 'tsx', 'src/server/cli/db-move-to-postgres.ts', target.url], {
      env: { ...env, DATA_DIR: dataDir },
    }).then(
      (r) => ({ code: 0, output: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: e.stdout + e.stderr }),
    );
    source = await openSource();
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('Måldatabasen är inte tom');
    expect(result.output).toContain('(The target database is not empty');
    expect(await contents(target.handle.db)).toEqual(before);
  }, 60_000);

  it('leaves the target empty when the copy fails half-way', async () => {
    const other = await freshTarget();
    try {
      const attempt = moveToPostgres({
        source: source.db,
        target: other.handle.db,
        onProgress: (p) => {
          if (p.table === 'organisation') throw new Error('interrupted');
        },
      });
      await expect(attempt).rejects.toThrow('interrupted');
      await expect(assertTargetEmpty(other.handle.db)).resolves.toBeUndefined();
      expect(await publicTables(other.handle.db)).toEqual([]);
    } finally {
      await other.handle.close();
    }
  }, 120_000);

  it('refuses, before writing anything, a source whose files are still on disk: they are moved into the database first', async () => {
    const other = await freshTarget();
    const [file] = await source.db.selectFrom('file').select(['id', 'storage_key']).limit(1).execute();
    if (!file) throw new Error('the demo data has files');
    const onDisk = 'f'.repeat(64);
    await source.db.updateTable('file').set({ storage_key: onDisk }).where('id', '=', file.id).execute();
    try {
      await expect(moveToPostgres({ source: source.db, target: other.handle.db })).rejects.toThrow(/files:move-to-database/);
      expect(await publicTables(other.handle.db)).toEqual([]);
    } finally {
      await source.db.updateTable('file').set({ storage_key: file.storage_key }).where('id', '=', file.id).execute();
      await other.handle.close();
    }
  }, 120_000);
});
