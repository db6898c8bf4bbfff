import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrations';
import { insertFile } from '../modules/files/file.repository';

const run = promisify(execFile);
// The command must use the embedded database in dataDir, whatever the surrounding run targets.
const { DATABASE_URL: _ignored, ...envWithoutDatabaseUrl } = process.env;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-move-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function moveCommand(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/server/cli/files-move-to-database.ts'], {
      env: { ...envWithoutDatabaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('npm run files:move-to-database (issue 16: files in the database)', () => {
  it('moves the files under DATA_DIR/files into the database, lists a missing one by id and name with exit code 1', async () => {
    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    await migrateToLatest(handle.db);
    const rows = [];
    for (const [name, text, onDisk] of [['Stadgar.pdf', 'stadgar', true], ['Borta.pdf', 'borta', false]] as const) {
      const bytes = Buffer.from(text);
      const key = createHash('sha256').update(bytes).digest('hex');
      if (onDisk) {
        fs.mkdirSync(path.join(dataDir, 'files', key.slice(0, 2), key.slice(2, 4)), { recursive: true });
        fs.writeFileSync(path.join(dataDir, 'files', key.slice(0, 2), key.slice(2, 4), key), bytes);
      }
      rows.push(await insertFile(handle.db, { storage_key: key, original_name: name, media_type: 'application/pdf', size_bytes: bytes.length, sha256: key, uploaded_by: null, uploaded_at: new Date() }));
    }
    await handle.close();

    const first = await moveCommand();
    expect(first.code).toBe(1);
    expect(first.output).toContain('flyttade till databasen (moved): 1');
    expect(first.output).toContain('saknas på disken (missing on disk): 1');
    expect(first.output).toContain(`${rows[1]?.id}  Borta.pdf`);

    const second = await moveCommand();
    expect(second.output).toContain('flyttade till databasen (moved): 0');
    expect(second.output).toContain('fanns redan i databasen (already there): 1');

    const check = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    const chunk = await check.db.selectFrom('file_blob_chunk').select('data').where('sha256', '=', rows[0]?.storage_key ?? '').executeTakeFirstOrThrow();
    await check.close();
    expect(chunk.data.toString()).toBe('stadgar');
  }, 90_000);
});
