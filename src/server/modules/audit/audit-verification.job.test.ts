import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { AUDIT_VERIFICATION_CRON, AUDIT_VERIFICATION_JOB } from './audit-verification.job';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function runVerification() {
  const job = t.app.jobs.registry.get(AUDIT_VERIFICATION_JOB);
  if (!job) throw new Error('the audit verification job is not declared');
  const ctx = { db: t.database.db, log: t.app.log, timeZone: 'Europe/Stockholm', publicUrl: '', now: new Date(), jobId: 'test', attempt: 1 };
  return job.handler(ctx, {});
}

describe('nightly audit chain verification (issue 16: audit verification age)', () => {
  it('is declared nightly, without retries', () => {
    expect(t.app.jobs.registry.get(AUDIT_VERIFICATION_JOB)).toMatchObject({ cron: AUDIT_VERIFICATION_CRON, retry: { retryLimit: 0 } });
  });

  it('completes on an intact chain and fails the run, naming the row, on a broken one', async () => {
    await makeUser(t.database.db);
    await expect(runVerification()).resolves.toMatchObject({ ok: true });

    const user = await makeUser(t.database.db, { name: 'Manipulerad' });
    const target = await t.database.db.selectFrom('audit_log').select('id').where('entity_id', '=', user.id).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`.execute(t.database.db);
    await sql`UPDATE audit_log SET actor_label = 'someone else' WHERE id = ${target.id}`.execute(t.database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`.execute(t.database.db);
    await expect(runVerification()).rejects.toThrow(`Audit chain broken at row ${target.id}`);
  });
});
