import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config/env';
import { type DatabaseHandle, openDatabase } from '../src/server/db/database';
import type { Role } from '../src/shared/users/roles';
import { DEMO_PASSWORD, makeUser } from '../tests/support/factories';
import { adminUrl, databaseUrl, uniqueDatabaseName } from '../tests/support/postgres-urls';
import { cpuSnapshot, cpuUsedMs } from './cpu';
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
async function startApp(database: FreshDatabase): Promise<{ address: string; pid: number; stop: () => Promise<void> }> {
  if (!database.url) {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database: database.handle, logger: false });
    return { address: await app.listen({ port: 0, host: '127.0.0.1' }), pid: process.pid, stop: () => app.close() };
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
  if (child.pid === undefined) throw new Error('the app did not start');
  return {
    address,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/**
 * Where the CPU of a call is spent: the app's process and, on PostgreSQL, the server processes
 * (backends) of the benchmark database. On PGlite the app, the database and the clients share
 * the benchmark's own process.
 */
export type CpuProbe = { appPid: number; appIsSeparate: boolean; databasePids: () => Promise<number[]> };

function cpuProbe(database: FreshDatabase, appPid: number): CpuProbe {
  const db = database.handle.db;
  return {
    appPid,
    appIsSeparate: appPid !== process.pid,
    databasePids: async () => {
      if (database.handle.kind !== 'postgres') return [];
      const { rows } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
      return rows.map((r) => r.pid);
    },
  };
}

export type LoggedInClient = {
  get: (path: string) => Promise<unknown>;
  /** The same without the session cookie. */
  getAnonymous: (path: string) => Promise<unknown>;
  /** The response's bytes (a download), failing unless it is 200. */
  getBytes: (path: string) => Promise<{ bytes: Uint8Array; contentType: string }>;
  /** A write (PUT, POST, PATCH) with a JSON body, carrying the session cookie and the CSRF token. */
  send: (method: string, path: string, body: unknown) => Promise<unknown>;
  cpu: CpuProbe;
  close: () => Promise<void>;
};

/** Starts the app and logs a new user with the role in; returns a fetch for API paths. */
export async function startLoggedIn(database: FreshDatabase, role: Role): Promise<LoggedInClient> {
  const user = await makeUser(database.handle.db, { roles: [role], name: `Bench ${role}` });
  const { address, pid, stop } = await startApp(database);
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const get = async (path: string, headers: Record<string, string>) => {
    const response = await fetch(`${address}${path}`, { headers });
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    get: (path) => get(path, { cookie }),
    getAnonymous: (path) => get(path, {}),
    getBytes: async (path) => {
      const response = await fetch(`${address}${path}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
    },
    send: async (method, path, body) => {
      const response = await fetch(`${address}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status < 200 || response.status > 299) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : response.json();
    },
    cpu: cpuProbe(database, pid),
    close: stop,
  };
}

export type CaseResult = {
  name: string;
  apiP50: number;
  apiP95: number;
  sqlP50: number;
  sqlP95: number;
  /** CPU ms per API call of the app's process (on PGlite: the whole benchmark process). */
  appCpu: number;
  /** CPU ms per API call of the database server's processes (PostgreSQL only). */
  dbCpu: number | undefined;
  /** CPU ms per bare call (SQL side) of the database server's processes (PostgreSQL only). */
  dbCpuSql: number | undefined;
  note: string;
};

/** Runs the calls from the concurrent clients; returns their durations and the CPU per call. */
async function timedWithCpu(cpu: CpuProbe, fn: (i: number) => Promise<unknown>): Promise<{ samples: number[]; app: number; db: number | undefined }> {
  const databaseBefore = cpuSnapshot(await cpu.databasePids());
  const appBefore = cpuSnapshot([cpu.appPid]);
  const samples = await timeConcurrently(CLIENTS, PER_CLIENT, fn);
  const appAfter = cpuSnapshot([cpu.appPid]);
  const databaseAfter = cpuSnapshot(await cpu.databasePids());
  const calls = samples.length;
  const db = databaseAfter.size > 0 ? cpuUsedMs(databaseBefore, databaseAfter) / calls : undefined;
  return { samples, app: cpuUsedMs(appBefore, appAfter) / calls, db };
}

/**
 * Measures one case: the API call and the bare work behind it, each from the concurrent clients,
 * with the CPU each costs. One warm-up round from every client first, so that both pools hold
 * their connections (a new PostgreSQL backend's start-up is not a call's cost) and code is hot.
 */
export async function measure(
  name: string,
  cpu: CpuProbe,
  api: (i: number) => Promise<unknown>,
  bare: (i: number) => Promise<unknown>,
  note = '',
): Promise<CaseResult> {
  await timeConcurrently(CLIENTS, 1, api);
  await timeConcurrently(CLIENTS, 1, bare);
  const apiRun = await timedWithCpu(cpu, api);
  const sqlRun = await timedWithCpu(cpu, bare);
  return {
    name,
    apiP50: percentile(apiRun.samples, 50),
    apiP95: percentile(apiRun.samples, 95),
    sqlP50: percentile(sqlRun.samples, 50),
    sqlP95: percentile(sqlRun.samples, 95),
    appCpu: apiRun.app,
    dbCpu: apiRun.db,
    dbCpuSql: sqlRun.db,
    note,
  };
}

/** Prints the results as a table and sets exit code 1 when a PostgreSQL case misses the target. */
export function report(kind: DatabaseHandle['kind'], heading: string, rows: CaseResult[]): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  const c = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2)).padStart(7);
  console.log(`\n${CLIENTS} concurrent clients × ${PER_CLIENT} requests each, ${kind}, ${heading} (ms)`);
  console.log(
    kind === 'postgres'
      ? 'CPU per call: app = the app process; db = PostgreSQL backends during the API calls; db/SQL = the same during the bare calls.'
      : 'CPU per call: app = this process, which on PGlite also runs the database and the clients.',
  );
  console.log(
    `${'case'.padEnd(44)} ${'API p50'.padStart(7)} ${'API p95'.padStart(7)} ${'SQL p50'.padStart(7)} ${'SQL p95'.padStart(7)}  ratio ${'app CPU'.padStart(7)} ${'db CPU'.padStart(7)} ${'db/SQL'.padStart(7)}  note`,
  );
  let missed = 0;
  for (const r of rows) {
    const ratio = r.apiP50 / Math.max(r.sqlP50, 0.01);
    const ok = r.apiP95 <= 50 && ratio <= 2;
    if (!ok) missed += 1;
    console.log(
      `${r.name.padEnd(44)} ${f(r.apiP50)} ${f(r.apiP95)} ${f(r.sqlP50)} ${f(r.sqlP95)}  ${ratio.toFixed(2).padStart(5)} ${c(r.appCpu)} ${c(r.dbCpu)} ${c(r.dbCpuSql)}  ${r.note}${kind === 'postgres' && !ok ? '  OVER TARGET' : ''}`,
    );
  }
  if (kind === 'postgres') {
    console.log(missed === 0 ? 'All cases within target (API p95 ≤ 50 ms, API/SQL p50 ≤ 2).' : `${missed} case(s) over target.`);
    if (missed > 0) process.exitCode = 1;
  } else {
    console.log('Targets apply to PostgreSQL; PGlite (one connection, WebAssembly) is reported for comparison.');
  }
}
