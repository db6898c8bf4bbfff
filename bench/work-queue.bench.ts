import { CompiledQuery, type KyselyPlugin, type PluginTransformQueryArgs, type RootOperationNode, sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/server/config/env';
import type { Db } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import type { WorkQueueContext } from '../src/server/modules/work-queue/work-queue.provider';
import { WORK_ITEM_PROVIDERS } from '../src/server/modules/work-queue/work-queue.registry';
import { ITEMS_PER_KIND } from '../src/server/modules/work-queue/work-queue.service';
import { makeUser } from '../tests/support/factories';
import { generateCooperations } from './generate-cooperations';
import { generateFollowUp } from './generate-follow-up';
import { generateOrganisations } from './generate';
import { generateWorkQueueData } from './generate-work-queue';
import { type CaseResult, measure, openFreshDatabase, report, startLoggedIn } from './harness';
import { percentile } from './stats';

// "Att göra" for a manager (issue 12) on PostgreSQL: 100,000 organisations, 30,000 cooperations
// with their plans, measurements and agreements, 3,000 governance bodies and what every provider
// reads. The API (the app in a process of its own, the clients here) against the bare SQL of the
// page's statements — recorded from the providers and replayed as they run them, side by side —
// with 10 concurrent clients; then the page's SQL alone (one page at a time) and the plans of the
// slowest statements. Targets: API/SQL p50 ≤ 2, the page's SQL alone ≤ 20 ms. bench/README.md.

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 100_000);
const COOPERATIONS = Number(process.env.BENCH_COOPERATIONS ?? 30_000);
const BODIES = Number(process.env.BENCH_BODIES ?? 3_000);
const ALONE_RUNS = 30;

type Statement = { sql: string; parameters: readonly unknown[] };

/** Runs the providers once on a handle that records every statement they send. */
async function recordStatements(db: Db, ctx: WorkQueueContext, today: string): Promise<{ statements: Statement[]; items: number }> {
  const statements: Statement[] = [];
  const executor = db.getExecutor();
  const recorder: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const compiled = executor.compileQuery(args.node, args.queryId);
      statements.push({ sql: compiled.sql, parameters: compiled.parameters });
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const recording = db.withPlugin(recorder);
  const lists = await Promise.all(WORK_ITEM_PROVIDERS.map((provide) => provide(recording, ctx, today)));
  return { statements, items: lists.flatMap((list) => list.slice(0, ITEMS_PER_KIND)).length };
}

/** The page's statements, all at once as the providers send them: the bare side of a call. */
const replay = (db: Db, statements: Statement[]) => () =>
  Promise.all(statements.map((s) => db.executeQuery(CompiledQuery.raw(s.sql, [...s.parameters]))));

const database = await openFreshDatabase();
const { handle, drop } = database;
const db = handle.db;
try {
  await migrateToLatest(db);
  const today = systemContext('bench').today;
  const started = Date.now();
  await generateOrganisations(db, ORGANISATIONS);
  const managers = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(db, { roles: ['manager'], name: `Chef ${i}` })));
  await generateCooperations(db, COOPERATIONS, managers.map((m) => m.id));
  const followUp = await generateFollowUp(db);
  const counts = await generateWorkQueueData(db, BODIES, managers.map((m) => m.id), today);

  const client = await startLoggedIn(database, 'manager');
  // The benchmark's manager owns one cooperation in twenty, sits on one body in fifty and gets one deviation in twenty.
  const me = await db.selectFrom('app_user').select('id').where('name', '=', 'Bench manager').executeTakeFirstOrThrow();
  await sql`UPDATE cooperation SET responsible_manager_id = ${me.id} WHERE case_sequence % 20 = 0`.execute(db);
  await sql`INSERT INTO governance_member (body_id, name, organisation_id, role_title, user_id, created_at, updated_at)
    SELECT m.body_id, 'Förvaltningens chef', m.organisation_id, 'Chef', ${me.id}, now(), now()
    FROM (SELECT DISTINCT ON (body_id) body_id, organisation_id FROM governance_member ORDER BY body_id, organisation_id) m
    JOIN governance_body b ON b.id = m.body_id WHERE right(b.name, 2) = '50' OR right(b.name, 2) = '00'`.execute(db);
  await sql`UPDATE deviation SET routed_user_id = ${me.id} WHERE description LIKE 'Avvikelse %5: %'`.execute(db);
  await sql`UPDATE deviation_action SET owner_user_id = ${me.id} WHERE deviation_id IN (SELECT id FROM deviation WHERE routed_user_id = ${me.id})`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
  console.log(
    `Seeded ${ORGANISATIONS.toLocaleString('sv-SE')} organisations, ${COOPERATIONS.toLocaleString('sv-SE')} cooperations, ` +
      `${followUp.plans} plans, ${followUp.sheets} sheets, ${followUp.agreements} agreements, ` +
      `${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const timeZone = loadConfig({}).timeZone;
  const rows: CaseResult[] = [];
  const alone: { name: string; p50: number; p95: number; statements: number }[] = [];
  const perStatement: { scope: string; ms: number; statement: Statement }[] = [];
  for (const scope of ['all', 'mine'] as const) {
    const ctx: WorkQueueContext = { userId: me.id, roles: ['manager'], scope, timeZone };
    const { statements, items } = await recordStatements(db, ctx, today);
    const api = await client.get(`/api/work-queue?scope=${scope}`) as { items: unknown[] };
    if (api.items.length !== items) throw new Error(`the API listed ${api.items.length} items, the providers ${items}`);
    const name = `Att göra, manager, ${scope === 'all' ? 'everything' : 'mine'}`;
    rows.push(await measure(name, client.cpu, () => client.get(`/api/work-queue?scope=${scope}`), replay(db, statements), `${items} items, ${statements.length} statements`));

    // The page's SQL alone: one page at a time, its statements in parallel as the providers send them.
    const samples: number[] = [];
    for (let i = 0; i < ALONE_RUNS; i += 1) {
      const start = performance.now();
      await replay(db, statements)();
      samples.push(performance.now() - start);
    }
    alone.push({ name, p50: percentile(samples, 50), p95: percentile(samples, 95), statements: statements.length });
    for (const statement of statements) {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const start = performance.now();
        await db.executeQuery(CompiledQuery.raw(statement.sql, [...statement.parameters]));
        times.push(performance.now() - start);
      }
      perStatement.push({ scope, ms: percentile(times, 50), statement });
    }
  }
  await client.close();

  report(handle.kind, `${ORGANISATIONS.toLocaleString('sv-SE')} organisations, ${COOPERATIONS.toLocaleString('sv-SE')} cooperations, ${BODIES.toLocaleString('sv-SE')} bodies`, rows);
  console.log(`\nThe page's SQL alone (one page at a time, ${ALONE_RUNS} pages; target p50 ≤ 20 ms):`);
  for (const a of alone) {
    console.log(`${a.name.padEnd(44)} p50 ${a.p50.toFixed(1).padStart(6)}  p95 ${a.p95.toFixed(1).padStart(6)}  (${a.statements} statements)${a.p50 > 20 ? '  OVER TARGET' : ''}`);
    if (handle.kind === 'postgres' && a.p50 > 20) process.exitCode = 1;
  }
  const ranked = [...perStatement].sort((a, b) => b.ms - a.ms);
  console.log('\nStatements alone (p50 of 5), slowest first:');
  for (const s of ranked.slice(0, 12)) console.log(`[${s.scope}] ${s.ms.toFixed(2).padStart(7)} ms  ${s.statement.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
  const slowest = ranked.slice(0, Number(process.env.BENCH_EXPLAIN_TOP ?? 3));
  console.log('\nPlans of the slowest:');
  for (const s of slowest) {
    console.log(`\n[${s.scope}] ${s.ms.toFixed(2)} ms  ${s.statement.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
    const { rows: plan } = await db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${s.statement.sql}`, [...s.statement.parameters]));
    for (const r of plan) console.log(`   ${r['QUERY PLAN']}`);
  }
} finally {
  await handle.close();
  await drop();
}
