import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../tests/support/factories';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrations';
import { appendAuditHead } from '../modules/audit/audit-head.job';
import { readAuditHead } from '../modules/audit/audit.service';

const run = promisify(execFile);
// The command must use the embedded database in dataDir, whatever the surrounding run targets.
const { DATABASE_URL: _ignored, ...envWithoutDatabaseUrl } = process.env;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-verify-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function verifyCommand(args: string[] = [], dir = dataDir): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/server/cli/audit-verify.ts', ...args], {
      env: { ...envWithoutDatabaseUrl, DATA_DIR: dir },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('npm run audit:verify', () => {
  it('confirms an intact chain, then names the row edited by raw SQL with the trigger disabled', async () => {
    const open = () => openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    let handle = await open();
    await migrateToLatest(handle.db);
    await makeUser(handle.db);
    const victim = await makeUser(handle.db);
    await makeUser(handle.db);
    await handle.close();

    const intact = await verifyCommand();
    expect(intact.code).toBe(0);
    expect(intact.output).toContain('Audit log intact: 3 rows verified.');

    handle = await open();
    const row = await handle.db.selectFrom('audit_log').select('id').where('entity_id', '=', victim.id).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`.execute(handle.db);
    await sql`UPDATE audit_log SET changes = '{"name":{"after":"forged"}}' WHERE id = ${row.id}`.execute(handle.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`.execute(handle.db);
    await handle.close();

    const broken = await verifyCommand();
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`BROKEN at row id ${row.id}`);
  }, 60_000);
});

describe('npm run audit:verify -- --head (issue 16: audit tail anchoring)', () => {
  const anchorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-anchor-'));
  afterAll(() => fs.rmSync(anchorDir, { recursive: true, force: true }));

  it('reports a chain SHORTER than the archived head after the newest rows were removed, which the plain walk calls intact', async () => {
    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(anchorDir, 'pglite') });
    await migrateToLatest(handle.db);
    for (let i = 0; i < 6; i += 1) await makeUser(handle.db);
    // Published as the job does (a JSON lines file), and once archived by hand as one pretty-printed head.
    const headsFile = path.join(anchorDir, 'audit-heads.jsonl');
    await appendAuditHead(headsFile, await readAuditHead(handle.db));
    const head = await readAuditHead(handle.db);
    await appendAuditHead(headsFile, head);
    const singleFile = path.join(anchorDir, 'head.json');
    fs.writeFileSync(singleFile, JSON.stringify(head, null, 2));
    await handle.close();

    const before = await verifyCommand(['--head', headsFile], anchorDir);
    expect(before.code).toBe(0);
    expect(before.output).toContain('Kedjan når alla 2 arkiverade huvuden oförändrade, det senaste id 6');

    const cut = await openDatabase({ kind: 'pglite', dataDir: path.join(anchorDir, 'pglite') });
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`.execute(cut.db);
    await sql`DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 3)`.execute(cut.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`.execute(cut.db);
    await cut.close();

    // Walking the chain alone: the three remaining rows still link up.
    const walk = await verifyCommand([], anchorDir);
    expect(walk.code).toBe(0);
    expect(walk.output).toContain('Granskningsloggen är obruten: 3 rader kontrollerade (Audit log intact: 3 rows verified.)');

    for (const file of [headsFile, singleFile]) {
      const anchored = await verifyCommand(['--head', file], anchorDir);
      expect(anchored.code, file).toBe(1);
      expect(anchored.output).toContain(
        'Granskningskedjan är KORTARE än det arkiverade huvudet: sista raden har id 3, det arkiverade huvudet id 6; minst 3 rader saknas i slutet ' +
          '(The audit chain is SHORTER than the archived head: last row id 3, archived head id 6; at least 3 rows missing at the end).',
      );
    }
  }, 90_000);

  it('refuses a head file it cannot read or that holds no head, with exit code 2', async () => {
    const missing = await verifyCommand(['--head', path.join(anchorDir, 'no-such-file.jsonl')], anchorDir);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('Kan inte läsa huvudfilen');
    const junk = path.join(anchorDir, 'junk.jsonl');
    fs.writeFileSync(junk, '{"id":"1"}\n');
    const bad = await verifyCommand(['--head', junk], anchorDir);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('rad 1 är inte ett kedjehuvud');
  }, 60_000);
});
