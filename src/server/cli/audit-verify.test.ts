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

const run = promisify(execFile);
// The command must use the embedded database in dataDir, whatever the surrounding run targets.
const { DATABASE_URL: _ignored, ...envWithoutDatabaseUrl } = process.env;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-verify-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function verifyCommand(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/server/cli/audit-verify.ts'], {
      env: { ...envWithoutDatabaseUrl, DATA_DIR: dataDir },
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
