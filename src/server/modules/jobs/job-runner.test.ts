import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { waitFor } from '../../../../tests/support/wait-for';
import { ROLES } from '../../../shared/users/roles';
import type { JobOverview } from '../../../shared/jobs/jobs.schemas';
import { buildApp } from '../../app';
import { JOB_SCHEMA } from './job-runner';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const overview = async () => (await t.as(admin, { method: 'GET', url: '/api/admin/jobs' })).json() as JobOverview;

describe('background jobs (issue 12: "failures retry with back-off and are visible to admin")', () => {
  it('a failing job is retried by its policy and then shows as failed to admin with its error and attempts; a working one completes', async () => {
    expect((await overview()).failures).toEqual([]);
    const calls: { name: string; attempt: number }[] = [];
    const worker = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: t.config.dataDir }), database: t.database, logger: false, jobs: { pollingIntervalSeconds: 0.5 } });
    worker.jobs.define({
      name: 'test.always-fails',
      runAtStart: true,
      retry: { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false },
      handler: async (ctx) => {
        calls.push({ name: 'fails', attempt: ctx.attempt });
        throw new Error('the report server did not answer');
      },
    });
    worker.jobs.define({
      name: 'test.works',
      runAtStart: true,
      handler: async (ctx) => {
        calls.push({ name: 'works', attempt: ctx.attempt });
      },
    });
    await worker.ready();
    try {
      const failure = await waitFor(async () => (await overview()).failures.find((f) => f.name === 'test.always-fails' && f.state === 'failed'), 'the job fails for good');
      expect(failure).toMatchObject({ error: 'the report server did not answer', attempts: 3, retryLimit: 2 });
      expect(failure.at).not.toBeNull();
      expect(calls.filter((c) => c.name === 'fails').map((c) => c.attempt)).toEqual([1, 2, 3]);
      expect(calls.filter((c) => c.name === 'works')).toEqual([{ name: 'works', attempt: 1 }]);
      const jobs = await worker.inject({ method: 'GET', url: '/api/admin/jobs', headers: { cookie: admin.cookie } });
      expect(jobs.json()).toMatchObject({ runnerActive: true });
      expect((jobs.json() as JobOverview).definitions.map((d) => d.name)).toEqual(expect.arrayContaining(['lifecycle.termination-sweep', 'test.always-fails', 'test.works']));
    } finally {
      await worker.close();
    }
    // The API-only app runs no jobs but reads the failures all the same (they live in the database).
    expect(await overview()).toMatchObject({ runnerActive: false, totalFailures: 1 });
  });
});

describe('schedules', () => {
  it('a cron job gets one schedule in the app\'s time zone, and a schedule whose job is gone is removed at the next start', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: t.config.dataDir });
    const schedules = async () =>
      (await sql<{ name: string; cron: string; timezone: string }>`SELECT name, cron, timezone FROM ${sql.table(`${JOB_SCHEMA}.schedule`)} ORDER BY name`.execute(t.database.db)).rows;
    const first = await buildApp({ config, database: t.database, logger: false, jobs: { runAtStart: false } });
    first.jobs.define({ name: 'test.nightly', cron: '0 3 * * *', handler: async () => undefined });
    await first.ready();
    await first.close();
    expect(await schedules()).toEqual([
      { name: 'audit.publish-head', cron: '*/15 * * * *', timezone: 'Europe/Stockholm' },
      { name: 'audit.verify-chain', cron: '15 2 * * *', timezone: 'Europe/Stockholm' },
      { name: 'files.remove-orphan-blobs', cron: '45 3 * * *', timezone: 'Europe/Stockholm' },
      { name: 'lifecycle.termination-sweep', cron: '0 * * * *', timezone: 'Europe/Stockholm' },
      { name: 'newsletter.purge-unconfirmed', cron: '30 3 * * *', timezone: 'Europe/Stockholm' },
      { name: 'notifications.weekly-digest', cron: '0 7 * * 1', timezone: 'Europe/Stockholm' },
      { name: 'test.nightly', cron: '0 3 * * *', timezone: 'Europe/Stockholm' },
    ]);
    const second = await buildApp({ config, database: t.database, logger: false, jobs: { runAtStart: false } });
    await second.ready();
    await second.close();
    expect((await schedules()).map((s) => s.name)).toEqual(['audit.publish-head', 'audit.verify-chain', 'files.remove-orphan-blobs', 'lifecycle.termination-sweep', 'newsletter.purge-unconfirmed', 'notifications.weekly-digest']);
  });
});

describe('job routes per role', () => {
  it('GET /api/admin/jobs: admin only, 401 for the public; bad input is 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/jobs' })).statusCode).toBe(401);
    for (const role of ROLES) {
      const session = role === 'admin' ? admin : await t.loginAs(role);
      const response = await t.as(session, { method: 'GET', url: '/api/admin/jobs' });
      expect(response.statusCode, role).toBe(role === 'admin' ? 200 : 403);
    }
    for (const query of ['limit=0', 'limit=abc', 'limit=201', 'other=1']) {
      expect((await t.as(admin, { method: 'GET', url: `/api/admin/jobs?${query}` })).statusCode, query).toBe(400);
    }
  });
});
