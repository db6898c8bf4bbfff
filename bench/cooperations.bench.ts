import { sql } from 'kysely';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import { cooperationViewOf } from '../src/server/modules/cooperations/cooperation.service';
import { findCooperationById } from '../src/server/modules/cooperations/cooperation.repository';
import { findOverviewPage, toListItems, toOverviewFilter } from '../src/server/modules/cooperations/overview.service';
import { cooperationQuery } from '../src/shared/cooperations/cooperation.schemas';
import { makeUser } from '../tests/support/factories';
import { generateCooperations } from './generate-cooperations';
import { generateOrganisations } from './generate';
import { type CaseResult, measure, openFreshDatabase, report, startLoggedIn } from './harness';

// Seeds 100,000 organisations and 30,000 cooperations into a fresh database (PostgreSQL when
// TEST_DATABASE_URL is set, else PGlite) and measures the central overview with two filters and a
// text query, and a cooperation's detail with its gate evaluation, over HTTP with 10 concurrent
// clients side by side with the bare work behind each call. Target on PostgreSQL: API p95 ≤ 50 ms
// and API/SQL p50 ratio ≤ 2. Figures are recorded in bench/README.md.

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 100_000);
const COOPERATIONS = Number(process.env.BENCH_COOPERATIONS ?? 30_000);

const database = await openFreshDatabase();
const { handle, drop } = database;
const db = handle.db;
await migrateToLatest(db);
const started = Date.now();
await generateOrganisations(db, ORGANISATIONS);
const managers = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(db, { roles: ['manager'], name: `Chef ${i}` })));
await generateCooperations(db, COOPERATIONS, managers.map((m) => m.id), (done) => {
  if (done % 10_000 === 0) console.log(`  seeded ${done.toLocaleString('sv-SE')} cooperations`);
});
// IOP-6: a steering group for every IOP, a meeting this semester for every other one, so that the
// overview's steering-group flag has bodies and meetings to look through.
await sql`
  WITH iop AS (SELECT id, row_number() OVER (ORDER BY case_sequence) AS n FROM cooperation WHERE form = 'iop'),
  body AS (
    INSERT INTO governance_body (type, name, cadence)
    SELECT 'steering_group', 'Styrgrupp ' || n, 'per_semester' FROM iop
    RETURNING id, name
  ),
  linked AS (
    INSERT INTO governance_body_cooperation (body_id, cooperation_id)
    SELECT body.id, iop.id FROM body JOIN iop ON body.name = 'Styrgrupp ' || iop.n
    RETURNING body_id, cooperation_id
  )
  INSERT INTO governance_meeting (body_id, meeting_date)
  SELECT linked.body_id, current_date FROM linked JOIN iop ON iop.id = linked.cooperation_id WHERE iop.n % 2 = 0`.execute(db);
// A bulk-loaded register in use has been through autovacuum: visibility map set, GIN pending
// lists merged. VACUUM ANALYZE gives the planner that state instead of a freshly written heap.
await sql`VACUUM ANALYZE`.execute(db);
console.log(`Seeded ${ORGANISATIONS.toLocaleString('sv-SE')} organisations and ${COOPERATIONS.toLocaleString('sv-SE')} cooperations on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const client = await startLoggedIn(database, 'officer');
const ctx = systemContext('bench');
const today = ctx.today;
const rows: CaseResult[] = [];

const overviewCases = [
  { name: 'overview: form + status + text', query: `form=iop&status=active&q=${encodeURIComponent('språkcafé')}&limit=50` },
  { name: 'overview: area + year + text', query: `area=newly_arrived_adults&year=2024&q=${encodeURIComponent('nyanlända')}&limit=50` },
  { name: 'overview: unit + target group, first page', query: 'unitCode=jobbtorg&targetGroup=youth_16_29&limit=50' },
  { name: 'overview: case number', query: `q=${encodeURIComponent('AMN 2021-0123')}&limit=50` },
  { name: 'overview: steering group without meeting', query: 'form=iop&steeringGroupFlag=true&limit=50' },
  { name: 'overview: everything, by title', query: 'sort=title&limit=50' },
  { name: 'overview: one form, first page', query: 'form=procurement&limit=50' },
];
for (const c of overviewCases) {
  const q = cooperationQuery.parse(Object.fromEntries(new URLSearchParams(c.query)));
  const { limit, cursor: _cursor, sort, ...filters } = q;
  const filter = await toOverviewFilter(db, filters, today);
  const bare = async () => {
    const { rows: found } = await findOverviewPage(db, filter, { sort, limit });
    return toListItems(db, found.slice(0, limit), today);
  };
  const total = ((await client.get(`/api/cooperations?${c.query}`)) as { total: number }).total;
  rows.push(await measure(c.name, client.cpu, () => client.get(`/api/cooperations?${c.query}`), bare, `${total} hits`));
}

// Detail with gates: a different cooperation per request, so caching one row proves nothing.
const ids = (await db.selectFrom('cooperation').select('id').orderBy('case_sequence').limit(200).execute()).map((r) => r.id);
const idAt = (i: number) => ids[i % ids.length] ?? '';
rows.push(
  await measure(
    'detail with gate evaluation',
    client.cpu,
    (i) => client.get(`/api/cooperations/${idAt(i)}`),
    async (i) => {
      const row = await findCooperationById(db, idAt(i));
      if (!row) throw new Error('missing cooperation');
      return cooperationViewOf(db, row, today);
    },
  ),
);

await client.close();
await handle.close();
await drop();
report(handle.kind, `${ORGANISATIONS.toLocaleString('sv-SE')} organisations, ${COOPERATIONS.toLocaleString('sv-SE')} cooperations`, rows);
