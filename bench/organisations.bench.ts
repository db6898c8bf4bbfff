import { sql } from 'kysely';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import { checkDatabase } from '../src/server/modules/health/health.repository';
import { findOrganisationById } from '../src/server/modules/organisations/organisation.repository';
import { findOrganisationPage, toBaseFilter } from '../src/server/modules/organisations/organisation.service';
import { organisationQuery } from '../src/shared/organisations/organisation.schemas';
import { benchOrgNumber, generateOrganisations } from './generate';
import { type CaseResult, measure, openFreshDatabase, report, startLoggedIn } from './harness';

// Seeds 100,000 organisations into a fresh database (PostgreSQL when TEST_DATABASE_URL is set,
// else PGlite) and measures the search and filtered-list API over HTTP with 10 concurrent
// clients, side by side with the bare SQL the same calls execute (`findOrganisationPage`).
// Target on PostgreSQL: API p95 ≤ 50 ms and API/SQL p50 ratio ≤ 2. Figures: bench/README.md.

const COUNT = Number(process.env.BENCH_ORGANISATIONS ?? 100_000);

const database = await openFreshDatabase();
const { handle, drop } = database;
const db = handle.db;
await migrateToLatest(db);
const started = Date.now();
await generateOrganisations(db, COUNT, (done) => {
  if (done % 20_000 === 0) console.log(`  seeded ${done.toLocaleString('sv-SE')} organisations`);
});
// VACUUM as well as ANALYZE: a register in use has a visibility map, a freshly loaded one not.
await sql`VACUUM ANALYZE organisation`.execute(db);
console.log(`Seeded ${COUNT.toLocaleString('sv-SE')} organisations on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const client = await startLoggedIn(database, 'officer');
const cases: { name: string; query: string }[] = [
  { name: 'search: Swedish word (FTS)', query: 'q=f%C3%B6reningar&limit=50' },
  { name: 'search: misspelt name', query: `q=${encodeURIComponent('Kulturforeningen Farsta for unga')}&limit=50` },
  { name: 'search: partial name', query: `q=${encodeURIComponent('Språkcaf')}&limit=50` },
  { name: 'search: org number w/o hyphen', query: `q=${benchOrgNumber(4242).replace('-', '')}&limit=50` },
  { name: 'list: kind, by name', query: 'kind=public_body&sort=name&limit=50' },
  { name: 'list: kind+district+area, by name', query: 'kind=civil_society&district=farsta&area=newly_arrived_adults&sort=name&limit=50' },
  { name: 'list: democracy eligible, by change', query: 'democracyStatus=eligible&sort=updated&limit=50' },
  { name: 'list: first page by name', query: 'sort=name&limit=50' },
];

const rows: CaseResult[] = [];
const ctx = systemContext('bench');
for (const c of cases) {
  const q = organisationQuery.parse(Object.fromEntries(new URLSearchParams(c.query)));
  const filter = await toBaseFilter(db, ctx, q);
  const path = `/api/organisations?${c.query}`;
  const total = ((await client.get(path)) as { total: number }).total;
  // The same statements the API runs (total, misspelling fallback, page), without HTTP and session.
  rows.push(await measure(c.name, client.cpu, () => client.get(path), () => findOrganisationPage(db, filter, q), `${total} hits`));
}

// One organisation by id: a different one per request, so caching one row proves nothing.
const ids = (await db.selectFrom('organisation').select('id').orderBy('id').limit(200).execute()).map((r) => r.id);
const idAt = (i: number) => ids[i % ids.length] ?? '';
rows.push(
  await measure(
    'organisation by id',
    client.cpu,
    (i) => client.get(`/api/organisations/${idAt(i)}`),
    (i) => findOrganisationById(db, idAt(i), ctx.today),
  ),
);

// The fixed cost of a call, for reading the figures above: the health check (one trivial
// statement) without a session, and with the session cookie (its look-up comes on top).
const health = () => checkDatabase(db);
rows.push(await measure('reference: health check, anonymous', client.cpu, () => client.getAnonymous('/api/health'), health));
rows.push(await measure('reference: health check, with session', client.cpu, () => client.get('/api/health'), health));
await client.close();
await handle.close();
await drop();
report(handle.kind, `${COUNT.toLocaleString('sv-SE')} organisations`, rows);
