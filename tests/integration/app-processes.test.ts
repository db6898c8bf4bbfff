import http from 'node:http';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database';
import { knownMigrationNames } from '../../src/server/db/migrations';
import { type AppProcess, createEmptyPostgresDatabase, describeOutput, startAppProcess, TEST_ADMIN } from '../support/app-process';
import { onPostgres } from '../support/test-database';
import { waitFor } from '../support/wait-for';

const BASE_URL = process.env.TEST_DATABASE_URL ?? '';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  cleanup = [];
});

/** A fresh, empty database, its handle for the test's own queries, and its removal after the test. */
async function freshDatabase(): Promise<{ url: string; handle: DatabaseHandle }> {
  const database = await createEmptyPostgresDatabase(BASE_URL);
  cleanup.push(database.drop);
  const handle = await openDatabase({ kind: 'postgres', url: database.url, poolSize: 2 });
  cleanup.push(handle.close);
  return { url: database.url, handle };
}

async function started(promise: Promise<AppProcess>): Promise<AppProcess> {
  const app = await promise;
  cleanup.push(app.stop);
  return app;
}

/** A GET on a connection of its own (no kept-alive socket from earlier requests); resolves with the status. */
function freshGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

/** Lines the process logged at level error or worse (pino: 50 and up), and whatever it wrote to stderr. */
function errorsIn(app: AppProcess): string[] {
  const logged = app.stdout().split('\n').filter((line) => /"level":(5|6)\d/.test(line));
  return app.stderr().trim() ? [...logged, app.stderr()] : logged;
}

describe.runIf(onPostgres)('app processes on one PostgreSQL database (issue 16: several processes behind a load balancer)', () => {
  it('SIGTERM during 50 requests under way: all complete with 2xx, new connections are refused, the process exits 0', { timeout: 240_000 }, async () => {
    const { url, handle } = await freshDatabase();
    const app = await started(startAppProcess({ databaseUrl: url }));
    // The first administrator would have to enrol a second factor before anything else.
    await handle.db
      .insertInto('setting')
      .values({ key: 'auth.two_factor_required', value: JSON.stringify(false), updated_at: new Date() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(false) }))
      .execute();
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TEST_ADMIN),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

    // The organisation list waits on a lock this test holds, so the requests are surely under way at the signal.
    const blocker = await handle.pool!.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE');
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await blocker.query('ROLLBACK');
      blocker.release();
    };
    cleanup.push(release);

    const requests = Array.from({ length: 50 }, () => fetch(`${app.baseUrl}/api/organisations`, { headers: { cookie } }).then((r) => r.status));
    await waitFor(
      () => app.stdout().split('\n').filter((l) => l.includes('"msg":"incoming request"') && l.includes('"url":"/api/organisations"')).length >= 50,
      'the 50 requests reach the server',
      30_000,
    );
    app.kill('SIGTERM');
    await waitFor(() => app.stdout().includes('"msg":"shutdown started"'), 'the shutdown starts', 10_000);

    // Draining: no new connections, the process waits for the requests under way.
    await expect(freshGet(`${app.baseUrl}/api/health/ready`).catch((e: Error) => e.message)).resolves.toMatch(/ECONNREFUSED|^503$/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stillRunning = await Promise.race([app.exited.then(() => false), Promise.resolve(true)]);
    expect(stillRunning, describeOutput(app)).toBe(true);

    await release();
    const statuses = await Promise.all(requests);
    expect(statuses.filter((s) => s >= 200 && s < 300)).toHaveLength(50);
    const { code } = await app.exited;
    expect(code, describeOutput(app)).toBe(0);
    expect(app.stdout()).toContain('"msg":"shutdown complete"');
    expect(errorsIn(app)).toEqual([]);
  });

  it('two processes started at once on an empty database both come up ready; every migration and the first administrator exist once', { timeout: 240_000 }, async () => {
    const { url, handle } = await freshDatabase();
    const [first, second] = await Promise.all([started(startAppProcess({ databaseUrl: url })), started(startAppProcess({ databaseUrl: url }))]);

    const migrations = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(handle.db);
    expect(migrations.rows.map((r) => r.name)).toEqual([...knownMigrationNames()].sort());
    const admins = await handle.db.selectFrom('app_user').select('email').execute();
    expect(admins.map((a) => a.email)).toEqual([TEST_ADMIN.email]);
    for (const app of [first, second]) {
      expect((await fetch(`${app.baseUrl}/api/health/ready`)).status).toBe(200);
      expect(errorsIn(app), describeOutput(app)).toEqual([]);
    }
    // Only one of them said it created the administrator.
    const announced = [first, second].filter((app) => app.stdout().includes('Första administratören'));
    expect(announced).toHaveLength(1);
  });
});
