import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { headerOf, SmtpTestServer } from '../../../../tests/support/smtp-test-server';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { onPostgres } from '../../../../tests/support/test-database';
import { waitFor } from '../../../../tests/support/wait-for';
import { addDays } from '../../../shared/lifecycle/termination.rules';
import { buildApp } from '../../app';
import { type DatabaseHandle, openDatabase } from '../../db/database';
import { todayOf } from '../governance/governance-fixtures.test-helper';
import { cooperationVersion, insertCooperationIn } from '../lifecycle/lifecycle-fixtures.test-helper';
import { TERMINATION_SWEEP_JOB } from '../lifecycle/termination-sweep';
import { MAIL_DELIVERY_JOB } from '../mail/mail.plugin';
import { queueMail } from '../mail/mail.queue';
import { JOB_SCHEMA } from './job-runner';

// Two app processes on one PostgreSQL database, each with its own connection pool and job runner.
describe.runIf(onPostgres)('two app processes on one PostgreSQL (issue 12: "several app processes on one PostgreSQL never run the same work twice")', () => {
  const MAILS = 30;
  const smtp = new SmtpTestServer(undefined, 25);
  let t: TestApp;
  let secondDatabase: DatabaseHandle;
  const workers: FastifyInstance[] = [];

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.env());
    secondDatabase = await openDatabase({ kind: 'postgres', url: t.database.connectionString! });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await secondDatabase?.close();
    await t?.close();
    await smtp.stop();
  });

  it('each of N queued mails is sent exactly once and the termination sweep runs once (one end, one audit event)', { timeout: 60_000 }, async () => {
    const manager = await t.loginAs('manager');
    const cooperationId = await insertCooperationIn(t, 'active');
    const notice = await t.as(manager, {
      method: 'POST',
      url: `/api/cooperations/${cooperationId}/termination`,
      payload: { version: await cooperationVersion(t, cooperationId), kind: 'notice', reason: 'Uppsägning', givenOn: todayOf(t), evidenceNote: 'Skrivelse', noticeMonths: 1 },
    });
    expect(notice.statusCode, notice.body).toBe(201);
    await t.database.db.updateTable('cooperation_termination').set({ given_on: addDays(todayOf(t), -40), effective_on: addDays(todayOf(t), -9) }).where('cooperation_id', '=', cooperationId).execute();
    const ids: string[] = [];
    for (let i = 0; i < MAILS; i += 1) ids.push(await queueMail(t.database.db, { kind: 'test.parallel', to: `mottagare${i}@example.se`, subject: `Parallel ${i}`, text: `Mail ${i}` }));

    // The start runs share a one-minute slot; keep both starts inside one.
    while (Date.now() % 60_000 > 55_000) await new Promise((resolve) => setTimeout(resolve, 250));
    const runs: { process: number; job: string; id: string; result: unknown }[] = [];
    for (const [index, database] of [t.database, secondDatabase].entries()) {
      const worker = await buildApp({
        config: t.config,
        database,
        logger: false,
        jobs: { pollingIntervalSeconds: 0.5, everySeconds: { [MAIL_DELIVERY_JOB]: 1 } },
        mail: { policy: { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false } },
      });
      for (const name of [TERMINATION_SWEEP_JOB, MAIL_DELIVERY_JOB]) {
        const job = worker.jobs.registry.get(name)!;
        const handler = job.handler;
        job.handler = async (ctx, data) => {
          const result = await handler(ctx, data);
          runs.push({ process: index, job: name, id: ctx.jobId, result });
          return result;
        };
      }
      workers.push(worker);
    }
    await Promise.all(workers.map((w) => w.ready()));
    // More delivery runs than slots: both processes drain at the same time.
    await Promise.all(workers.flatMap((w) => [w.jobs.trigger(MAIL_DELIVERY_JOB), w.jobs.trigger(MAIL_DELIVERY_JOB)]));

    await waitFor(async () => {
      const sent = await t.database.db.selectFrom('mail_message').select('id').where('kind', '=', 'test.parallel').where('status', '=', 'sent').execute();
      return sent.length === MAILS;
    }, 'every mail is sent', 30_000);
    await waitFor(async () => (await t.database.db.selectFrom('cooperation').select('status').where('id', '=', cooperationId).executeTakeFirstOrThrow()).status === 'ended', 'the sweep ends the cooperation');
    // Give a second copy time to arrive, if there were one.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const received = smtp.received.map((m) => headerOf(m.raw, 'Message-ID') ?? '');
    for (const id of ids) expect(received.filter((r) => r.includes(id)), id).toHaveLength(1);
    expect(smtp.received).toHaveLength(MAILS);
    const delivering = runs.filter((r) => r.job === MAIL_DELIVERY_JOB);
    expect(delivering.reduce((sum, r) => sum + (r.result as { sent: number }).sent, 0)).toBe(MAILS);
    expect(new Set(delivering.filter((r) => (r.result as { sent: number }).sent > 0).map((r) => r.process)).size).toBe(2);

    const sweeps = runs.filter((r) => r.job === TERMINATION_SWEEP_JOB);
    expect(new Set(sweeps.map((r) => r.id)).size).toBe(sweeps.length);
    const startRuns = await sql`SELECT id FROM ${sql.table(`${JOB_SCHEMA}.job`)} WHERE name = ${TERMINATION_SWEEP_JOB} AND singleton_key = 'start'`.execute(t.database.db);
    expect(startRuns.rows).toHaveLength(1);
    expect(sweeps.reduce((sum, r) => sum + (r.result as { ended: number }).ended, 0)).toBe(1);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', cooperationId).where('action', '=', 'cooperation.ended_by_notice').execute();
    expect(audit).toHaveLength(1);
  });
});
