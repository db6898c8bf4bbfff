import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { DatabaseFileStorage } from './file-storage';
import { insertFile } from './file.repository';
import { ORPHAN_BLOBS_CRON, ORPHAN_BLOBS_JOB } from './orphan-blobs.job';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const db = () => t.database.db;
const storage = new DatabaseFileStorage(1024);

async function blob(ageMinutes: number): Promise<string> {
  const bytes = randomBytes(2048);
  const key = createHash('sha256').update(bytes).digest('hex');
  await storage.put(db(), key, bytes);
  await sql`UPDATE file_blob SET created_at = now() - make_interval(mins => ${ageMinutes}) WHERE sha256 = ${key}`.execute(db());
  return key;
}

function runCleanup() {
  const job = t.app.jobs.registry.get(ORPHAN_BLOBS_JOB);
  if (!job) throw new Error('the orphan blob job is not declared');
  const ctx = { db: db(), log: t.app.log, timeZone: 'Europe/Stockholm', publicUrl: '', now: new Date(), jobId: 'test', attempt: 1 };
  return job.handler(ctx, {});
}

const exists = async (key: string) => (await db().selectFrom('file_blob').select('sha256').where('sha256', '=', key).executeTakeFirst()) !== undefined;
const chunksOf = async (key: string) =>
  Number((await db().selectFrom('file_blob_chunk').select((eb) => eb.fn.countAll<string>().as('n')).where('sha256', '=', key).executeTakeFirstOrThrow()).n);

describe('removing file content no file points at (issue 16: files in the database)', () => {
  it('is declared daily', () => {
    expect(t.app.jobs.registry.get(ORPHAN_BLOBS_JOB)).toMatchObject({ cron: ORPHAN_BLOBS_CRON });
  });

  it('removes an orphan older than an hour with its chunks, and keeps a referenced blob and a fresh orphan', async () => {
    const oldOrphan = await blob(120);
    const freshOrphan = await blob(10);
    const referenced = await blob(24 * 60);
    await insertFile(db(), { storage_key: referenced, original_name: 'kvar.pdf', media_type: 'application/pdf', size_bytes: 2048, sha256: referenced, uploaded_by: null, uploaded_at: new Date() });

    await expect(runCleanup()).resolves.toEqual({ removed: 1 });
    expect([await exists(oldOrphan), await exists(freshOrphan), await exists(referenced)]).toEqual([false, true, true]);
    expect([await chunksOf(oldOrphan), await chunksOf(referenced)]).toEqual([0, 2]);
    await expect(runCleanup()).resolves.toEqual({ removed: 0 });
  });
});
