import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config/env';
import { type DatabaseHandle, openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import { findOrganisationPage, toBaseFilter } from '../src/server/modules/organisations/organisation.service';
import { organisationQuery } from '../src/shared/organisations/organisation.schemas';
import { DEMO_PASSWORD, makeUser } from '../tests/support/factories';
import { adminUrl, databaseUrl, uniqueDatabaseName } from '../tests/support/postgres-urls';
import { benchOrgNumber, generateOrganisations } from './generate';
import { percentile, timeConcurrently } from './stats';

// Seeds 100,000 organisations into a fresh database (PostgreSQL when TEST_DATABASE_URL is set,
// else PGlite) and measures the search and filtered-list API over HTTP with 10 concurrent
// clients, side by side with the bare SQL the same calls execute (`findOrganisationPage`). Target on PostgreSQL:
// API p95 ≤ 50 ms and API/SQL p50 ratio ≤ 2. Figures are recorded in bench/README.md.

const COUNT = Number(process.env.BENCH_ORGANISATIONS ?? 100_000);
const CLIENTS = 10;
const PER_CLIENT = Number(process.env.BENCH_REQUESTS_PER_CLIENT ?? 10);

async function openFresh(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
    return { handle, drop: async () => undefined };
  }
  const name = uniqueDatabaseName('samverkan_bench');
  const admin = await openDatabase({ kind: 'postgres', url: adminUrl(base), poolSize: 1 });
  await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db);
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(base, name), poolSize: CLIENTS });
  return {
    handle,
    drop: async () => {
      await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db);
      await admin.close();
    },
  };
}

const { handle, drop } = await openFresh();
const db = handle.db;
await migrateToLatest(db);
const started = Date.now();
await generateOrganisations(db, COUNT, (done) => {
  if (done % 20_000 === 0) console.log(`  seeded ${done.toLocaleString('sv-SE')} organisations`);
});
// VACUUM as well as ANALYZE: a register in use has a visibility map, a freshly loaded one not.
await sql`VACUUM ANALYZE organisation`.execute(db);
console.log(`Seeded ${COUNT.toLocaleString('sv-SE')} organisations on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const admin = await makeUser(db, { roles: ['officer'], name: 'Bench Officer' });
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database: handle, logger: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const login = await fetch(`${address}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: admin.email, password: DEMO_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const cases: { name: string; query: string }[] = [
  { name: 'search: Swedish word (FTS)', query: 'q=f%C3%B6reningar&limit=50' },
  { name: 'search: misspelt name', query: `q=${encodeURIComponent('Kulturforeningen Farsta for unga')}&limit=50` },
  { name: 'search: partial name', query: `q=${encodeURIComponent('Språkcaf')}&limit=50` },
  { name: 'search: org number w/o hyphen', query: `q=${benchOrgNumber(4242).replace('-', '')}&limit=50` },
  { name: 'list: kind+district+area, by name', query: 'kind=civil_society&district=farsta&area=newly_arrived_adults&sort=name&limit=50' },
  { name: 'list: democracy eligible, by change', query: 'democracyStatus=eligible&sort=updated&limit=50' },
  { name: 'list: first page by name', query: 'sort=name&limit=50' },
];

type Row = { name: string; apiP50: number; apiP95: number; sqlP50: number; sqlP95: number; total: number };
const rows: Row[] = [];
const ctx = systemContext('bench');
for (const c of cases) {
  const q = organisationQuery.parse(Object.fromEntries(new URLSearchParams(c.query)));
  const filter = await toBaseFilter(db, ctx, q);
  // The same statements the API runs (total, misspelling fallback, page), without HTTP and session.
  const bareSql = () => findOrganisationPage(db, filter, q);
  const api = async () => {
    const response = await fetch(`${address}/api/organisations?${c.query}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${c.name}: HTTP ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ total: number }>;
  };
  const total = (await api()).total;
  await bareSql();
  const apiSamples = await timeConcurrently(CLIENTS, PER_CLIENT, api);
  const sqlSamples = await timeConcurrently(CLIENTS, PER_CLIENT, bareSql);
  rows.push({
    name: c.name,
    apiP50: percentile(apiSamples, 50),
    apiP95: percentile(apiSamples, 95),
    sqlP50: percentile(sqlSamples, 50),
    sqlP95: percentile(sqlSamples, 95),
    total,
  });
}
await app.close();
await handle.close();
// BENCH_KEEP_DATABASE=1 leaves the PostgreSQL database for EXPLAIN ANALYZE by hand.
if (process.env.BENCH_KEEP_DATABASE) console.log('Database kept for inspection.');
else await drop();

const f = (n: number) => n.toFixed(1).padStart(7);
console.log(`\n${CLIENTS} concurrent clients × ${PER_CLIENT} requests each, ${handle.kind}, ${COUNT.toLocaleString('sv-SE')} organisations (ms)`);
console.log(`${'case'.padEnd(38)} ${'API p50'.padStart(7)} ${'API p95'.padStart(7)} ${'SQL p50'.padStart(7)} ${'SQL p95'.padStart(7)}  ratio  hits`);
let missed = 0;
for (const r of rows) {
  const ratio = r.apiP50 / Math.max(r.sqlP50, 0.01);
  const ok = r.apiP95 <= 50 && ratio <= 2;
  if (!ok) missed += 1;
  console.log(`${r.name.padEnd(38)} ${f(r.apiP50)} ${f(r.apiP95)} ${f(r.sqlP50)} ${f(r.sqlP95)}  ${ratio.toFixed(2).padStart(5)}  ${String(r.total).padStart(6)}${handle.kind === 'postgres' && !ok ? '  OVER TARGET' : ''}`);
}
if (handle.kind === 'postgres') {
  console.log(missed === 0 ? 'All cases within target (API p95 ≤ 50 ms, API/SQL p50 ≤ 2).' : `${missed} case(s) over target.`);
  if (missed > 0) process.exitCode = 1;
} else {
  console.log('Targets apply to PostgreSQL; PGlite (one connection, WebAssembly) is reported for comparison.');
}
