import { sql } from 'kysely';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import { getEconomy } from '../src/server/modules/followup/economy.service';
import { getMeasurementGrid, saveMeasurements } from '../src/server/modules/followup/measurement.service';
import type { SaveMeasurementsInput } from '../src/shared/followup/measurement.schemas';
import { makeUser } from '../tests/support/factories';
import { generateCooperations } from './generate-cooperations';
import { generateFollowUp, generateSteeringGroups } from './generate-follow-up';
import { explainStatements } from './explain';
import { generateOrganisations } from './generate';
import { type CaseResult, CLIENTS, measure, openFreshDatabase, PER_CLIENT, report, startLoggedIn } from './harness';

// Seeds 20,000 organisations, 30,000 cooperations, their activity plans for 2025 and 2026
// (adopted, per semester, 2–3 quantitative indicators), about 500,000 measurement cells and, for a
// third of the cooperations, an agreement with a budget and outcome entries, and a steering group
// with four meetings for every IOP (`generate-follow-up.ts`) into a fresh database (PostgreSQL when TEST_DATABASE_URL is set, else
// PGlite). Measures a cooperation's measurement grid for a year, saving one period of it, and the
// economy view (budget against outcome) over HTTP with 10 concurrent clients, side by side with
// the service functions the routes call. Target on PostgreSQL: API/SQL p50 ≤ 2 (the harness also
// flags API p95 > 50 ms). BENCH_EXPLAIN=1 first prints the plan of every statement of one grid
// and one economy view. Figures are recorded in bench/README.md.

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 20_000);
const COOPERATIONS = Number(process.env.BENCH_COOPERATIONS ?? 30_000);
const YEAR = 2026;
const PERIOD = '2026-H1';

const database = await openFreshDatabase();
let stopApp: (() => Promise<void>) | undefined;

/** Seeds the database and measures the cases; the app is stopped however it ends. */
async function run(): Promise<{ heading: string; rows: CaseResult[] }> {
  const { handle } = database;
  const db = handle.db;
  await migrateToLatest(db);
  const started = Date.now();
  await generateOrganisations(db, ORGANISATIONS);
  const managers = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(db, { roles: ['manager'], name: `Chef ${i}` })));
  await generateCooperations(db, COOPERATIONS, managers.map((m) => m.id), (done) => {
    if (done % 10_000 === 0) console.log(`  seeded ${done.toLocaleString('sv-SE')} cooperations`);
  });
  await generateSteeringGroups(db);
  const counts = await generateFollowUp(db);
  await sql`VACUUM ANALYZE`.execute(db);
  const fmt = (n: number) => n.toLocaleString('sv-SE');
  console.log(
    `Seeded ${fmt(ORGANISATIONS)} organisations, ${fmt(COOPERATIONS)} cooperations, ${fmt(counts.plans)} plans with ${fmt(counts.indicators)} indicators, ` +
      `${fmt(counts.sheets)} sheets with ${fmt(counts.cells)} cells, ${fmt(counts.agreements)} agreements with ${fmt(counts.outcomes)} outcome entries on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  if (process.env.BENCH_EXPLAIN) {
    // An IOP with a steering group, both years' plans and an agreement: every statement has rows to find.
    const iop = await db
      .selectFrom('cooperation as c')
      .innerJoin('agreement as a', 'a.cooperation_id', 'c.id')
      .select('c.id')
      .where('c.form', '=', 'iop')
      .orderBy('c.case_year')
      .orderBy('c.case_sequence')
      .executeTakeFirstOrThrow();
    const system = systemContext('bench');
    await explainStatements(db, 'a measurement grid', (d) => getMeasurementGrid(d, system, iop.id, { year: YEAR }));
    await explainStatements(db, 'the economy view', (d) => getEconomy(d, system, iop.id));
  }

  const client = await startLoggedIn(database, 'officer');
  stopApp = client.close;
  const ctx = systemContext('bench');
  const rows: CaseResult[] = [];
  // Every case calls a different cooperation per request; the warm-up round takes one per client too.
  const perSide = CLIENTS * (PER_CLIENT + 1);
  const cooperationIds = (await db.selectFrom('cooperation').select('id').orderBy('case_year').orderBy('case_sequence').execute()).map((r) => r.id);
  const at = (ids: string[], i: number) => ids[i % ids.length] ?? '';

  // (1) The grid of a year: 2026's plan with its 2026-H1 sheet, and 2025-H2 as the first period's previous.
  const readIds = cooperationIds.slice(0, 200);
  const sample = (await client.get(`/api/cooperations/${at(readIds, 0)}/measurements?year=${YEAR}`)) as { cells: unknown[] };
  rows.push(
    await measure(
      'measurement grid of a year',
      client.cpu,
      (i) => client.get(`/api/cooperations/${at(readIds, i)}/measurements?year=${YEAR}`),
      (i) => getMeasurementGrid(db, ctx, at(readIds, i), { year: YEAR }),
      `${sample.cells.length} cells in the first grid`,
    ),
  );

  // (2) Saving one period: distinct cooperations for the API and the bare side, each saved once at the version read now.
  async function saveInputs(ids: string[]): Promise<Map<string, SaveMeasurementsInput>> {
    const sheets = await db
      .selectFrom('measurement_sheet as s')
      .innerJoin('activity_plan as p', 'p.id', 's.plan_id')
      .select(['p.cooperation_id', 'p.id as plan_id', 's.version'])
      .where('p.cooperation_id', 'in', ids)
      .where('p.year', '=', YEAR)
      .where('s.period', '=', PERIOD)
      .where('s.cluster_id', 'is', null)
      .execute();
    const indicators = await db
      .selectFrom('plan_indicator')
      .select(['plan_id', 'id'])
      .where('plan_id', 'in', sheets.map((s) => s.plan_id))
      .where('kind', '=', 'quantitative')
      .orderBy('plan_id')
      .orderBy('position')
      .execute();
    const inputs = new Map<string, SaveMeasurementsInput>();
    for (const [n, s] of sheets.entries()) {
      const cells = indicators
        .filter((i) => i.plan_id === s.plan_id)
        .flatMap((i, k) => {
          const [women, men, other] = [10 + ((n + k) % 20), 8 + ((n * 3 + k) % 15), (n + k) % 2];
          return [
            { indicatorId: i.id, dimension: null, category: null, value: women + men + other, unknown: false },
            { indicatorId: i.id, dimension: 'gender' as const, category: 'women', value: women, unknown: false },
            { indicatorId: i.id, dimension: 'gender' as const, category: 'men', value: men, unknown: false },
            { indicatorId: i.id, dimension: 'gender' as const, category: 'other', value: other, unknown: false },
          ];
        });
      inputs.set(s.cooperation_id, { period: PERIOD, clusterId: null, version: s.version, cells });
    }
    return inputs;
  }
  const saveFrom = Math.floor(cooperationIds.length / 2);
  const apiSaveIds = cooperationIds.slice(saveFrom, saveFrom + perSide);
  const bareSaveIds = cooperationIds.slice(saveFrom + perSide, saveFrom + 2 * perSide);
  const apiInputs = await saveInputs(apiSaveIds);
  const bareInputs = await saveInputs(bareSaveIds);
  // A counter, not the call's index: the warm-up round and the measured calls must not save one cooperation twice.
  const nextSave = (ids: string[], inputs: Map<string, SaveMeasurementsInput>) => {
    let next = 0;
    return () => {
      const id = ids[next] ?? '';
      next += 1;
      const input = inputs.get(id);
      if (!input) throw new Error(`no sheet to save for cooperation ${id}`);
      return { id, input };
    };
  };
  const apiSave = nextSave(apiSaveIds, apiInputs);
  const bareSave = nextSave(bareSaveIds, bareInputs);
  rows.push(
    await measure(
      'save one period of the grid',
      client.cpu,
      () => {
        const { id, input } = apiSave();
        return client.send('PUT', `/api/cooperations/${id}/measurements`, input);
      },
      () => {
        const { id, input } = bareSave();
        return saveMeasurements(db, ctx, id, input);
      },
      `${apiInputs.values().next().value?.cells.length ?? 0} cells in the first save`,
    ),
  );

  // (3) Budget against outcome: the economy view the web shows, for cooperations with an agreement.
  const economyIds = (
    await db
      .selectFrom('agreement as a')
      .innerJoin('cooperation as c', 'c.id', 'a.cooperation_id')
      .select('c.id')
      .orderBy('c.case_year')
      .orderBy('c.case_sequence')
      .limit(200)
      .execute()
  ).map((r) => r.id);
  const economy = (await client.get(`/api/cooperations/${at(economyIds, 0)}/economy`)) as { years: unknown[]; outcomes: unknown[] };
  rows.push(
    await measure(
      'economy: budget against outcome',
      client.cpu,
      (i) => client.get(`/api/cooperations/${at(economyIds, i)}/economy`),
      (i) => getEconomy(db, ctx, at(economyIds, i)),
      `${economy.years.length} years, ${economy.outcomes.length} outcome entries in the first`,
    ),
  );

  return { heading: `${fmt(COOPERATIONS)} cooperations, ${fmt(counts.cells)} measurement cells, ${fmt(counts.outcomes)} outcome entries`, rows };
}

// The app stopped and the database dropped also when a case fails.
const result = await run().finally(async () => {
  await stopApp?.();
  await database.handle.close();
  await database.drop();
});
report(database.handle.kind, result.heading, result.rows);
