import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config/env';
import { type DatabaseHandle, openDatabase } from '../src/server/db/database';
import type { Role } from '../src/shared/users/roles';
import { DEMO_PASSWORD, makeUser } from '../tests/support/factories';
import { adminUrl, databaseUrl, uniqueDatabaseName } from '../tests/support/postgres-urls';
import { percentile, timeConcurrently } from './stats';

/** Clients that call at the same time, as in the issues' benchmark definitions. */
export const CLIENTS = 10;
export const PER_CLIENT = Number(process.env.BENCH_REQUESTS_PER_CLIENT ?? 10);

export type FreshDatabase = { handle: DatabaseHandle; url: string | undefined; drop: () => Promise<void> };

/** A fresh database: a new PostgreSQL database when TEST_DATABASE_URL is set, else in-memory PGlite. */
export async function openFreshDatabase(): Promise<FreshDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
    return { handle, url: undefined, drop: async () => undefined };
  }
  const name = uniqueDatabaseName('samverkan_bench');
  const admin = await openDatabase({ kind: 'postgres', url: adminUrl(base), poolSize: 1 });
  await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db);
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(base, name), poolSize: CLIENTS });
  return {
    handle,
    url: databaseUrl(base, name),
    drop: async () => {
      // BENCH_KEEP_DATABASE=1 leaves the database for EXPLAIN ANALYZE by hand.
      if (process.env.BENCH_KEEP_DATABASE) console.log(`Database ${name} kept for inspection.`);
      else await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db);
      await admin.close();
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The app as production runs it: on PostgreSQL in a process of its own (`src/server/main.ts`), so
 * the benchmark's clients do not share its event loop; on PGlite, which one process owns, in this
 * process. Resolves with the address and a function that stops it.
 */
async function startApp(database: FreshDatabase): Promise<{ address: string; stop: () => Promise<void> }> {
  if (!database.url) {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database: database.handle, logger: false });
    return { address: await app.listen({ port: 0, host: '127.0.0.1' }), stop: () => app.close() };
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false' };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const address = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    if (await fetch(`${address}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    address,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Starts the app and logs a new user with the role in; returns a fetch for API paths. */
export async function startLoggedIn(database: FreshDatabase, role: Role): Promise<{ get: (path: string) => Promise<unknown>; close: () => Promise<void> }> {
  const user = await makeUser(database.handle.db, { roles: [role], name: `Bench ${role}` });
  const { address, stop } = await startApp(database);
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    get: async (path) => {
      const response = await fetch(`${address}${path}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    },
    close: stop,
  };
}

export type CaseResult = { name: string; apiP50: number; apiP95: number; sqlP50: number; sqlP95: number; note: string };

/** Measures one case: the API call and the bare work behind it, each from the concurrent clients. */
export async function measure(name: string, api: (i: number) => Promise<unknown>, bare: (i: number) => Promise<unknown>, note = ''): Promise<CaseResult> {
  await api(0);
  await bare(0);
  const apiSamples = await timeConcurrently(CLIENTS, PER_CLIENT, api);
  const sqlSamples = await timeConcurrently(CLIENTS, PER_CLIENT, bare);
  return {
    name,
    apiP50: percentile(apiSamples, 50),
    apiP95: percentile(apiSamples, 95),
    sqlP50: percentile(sqlSamples, 50),
    sqlP95: percentile(sqlSamples, 95),
    note,
  };
}

/** Prints the results as a table and sets exit code 1 when a PostgreSQL case misses the target. */
export function report(kind: DatabaseHandle['kind'], heading: string, rows: CaseResult[]): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(`\n${CLIENTS} concurrent clients × ${PER_CLIENT} requests each, ${kind}, ${heading} (ms)`);
  console.log(`${'case'.padEnd(44)} ${'API p50'.padStart(7)} ${'API p95'.padStart(7)} ${'SQL p50'.padStart(7)} ${'SQL p95'.padStart(7)}  ratio  note`);
  let missed = 0;
  for (const r of rows) {
    const ratio = r.apiP50 / Math.max(r.sqlP50, 0.01);
    const ok = r.apiP95 <= 50 && ratio <= 2;
    if (!ok) missed += 1;
    console.log(`${r.name.padEnd(44)} ${f(r.apiP50)} ${f(r.apiP95)} ${f(r.sqlP50)} ${f(r.sqlP95)}  ${ratio.toFixed(2).padStart(5)}  ${r.note}${kind === 'postgres' && !ok ? '  OVER TARGET' : ''}`);
  }
  if (kind === 'postgres') {
    console.log(missed === 0 ? 'All cases within target (API p95 ≤ 50 ms, API/SQL p50 ≤ 2).' : `${missed} case(s) over target.`);
    if (missed > 0) process.exitCode = 1;
  } else {
    console.log('Targets apply to PostgreSQL; PGlite (one connection, WebAssembly) is reported for comparison.');
  }
}
