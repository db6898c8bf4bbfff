import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import { buildCommitteeReport } from '../src/server/modules/reports/committee-report.service';
import { REPORT_SECTIONS } from '../src/server/modules/reports/report-sections.registry';
import { makeUser } from '../tests/support/factories';
import { cpuSnapshot, cpuUsedMs } from './cpu';
import { generateOrganisations } from './generate';
import { generateCooperations } from './generate-cooperations';
import { generateFollowUp } from './generate-follow-up';
import { generateReportHistory } from './generate-report';
import { generateWorkQueueData } from './generate-work-queue';
import { openFreshDatabase, startLoggedIn } from './harness';
import { percentile } from './stats';

// `npm run bench -- report` (issue 13): the committee's report for a year of 30,000 cooperations
// and about 500,000 measurement cells, as JSON, XLSX and PDF over HTTP, each against the bare
// aggregation (the report service called in this process, i.e. every section's SQL and the
// shaping of its rows, without HTTP or rendering). A report is a rare, heavy request: the runs are
// sequential, not ten concurrent clients. Targets on PostgreSQL: XLSX ≤ 3 s, PDF ≤ 5 s, API/SQL
// ≤ 3, and the app process's peak memory (VmHWM) under 500 MB. Figures go in bench/README.md.

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 20_000);
const COOPERATIONS = Number(process.env.BENCH_COOPERATIONS ?? 30_000);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const YEAR = 2026;
const TODAY = '2026-12-06';

/** A process's memory figure from /proc (kB → MB), e.g. VmHWM (peak resident) or VmRSS. */
function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

type Row = { name: string; p50: number; max: number; appCpu: number; dbCpu: number | undefined; note: string };

const database = await openFreshDatabase();
let stopApp: (() => Promise<void>) | undefined;

async function run(): Promise<{ heading: string; rows: Row[]; peakMb: number | undefined; startMb: number | undefined; target: (r: Row[]) => string[] }> {
  const { handle } = database;
  const db = handle.db;
  await migrateToLatest(db);
  const started = Date.now();
  await generateOrganisations(db, ORGANISATIONS);
  const managers = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(db, { roles: ['manager'], name: `Chef ${i}` })));
  await generateCooperations(db, COOPERATIONS, managers.map((m) => m.id), (done) => {
    if (done % 10_000 === 0) console.log(`  seeded ${done.toLocaleString('sv-SE')} cooperations`);
  });
  const followUp = await generateFollowUp(db);
  await generateWorkQueueData(db, 3_000, managers.map((m) => m.id), TODAY);
  const history = await generateReportHistory(db, YEAR);
  await sql`VACUUM ANALYZE`.execute(db);
  const fmt = (n: number) => n.toLocaleString('sv-SE');
  console.log(
    `Seeded ${fmt(COOPERATIONS)} cooperations (${fmt(history.activated)} activated, ${fmt(history.ended)} ended, ${fmt(history.terminations)} terminated), ` +
      `${fmt(followUp.plans)} plans, ${fmt(history.cells)} measurement cells in ${YEAR}, ${fmt(followUp.outcomes)} outcome entries, ${fmt(history.vidaPayouts)} VIDA payouts ` +
      `on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const client = await startLoggedIn(database, 'officer');
  stopApp = client.close;
  const ctx = systemContext('bench', TODAY);
  const startMb = memoryMb(client.cpu.appPid, 'VmRSS');
  const query = `year=${YEAR}`;

  async function timed(name: string, fn: () => Promise<unknown>, note: (last: unknown) => string): Promise<Row> {
    let last = await fn(); // warm-up: code paths hot, pool connected
    const samples: number[] = [];
    const appBefore = cpuSnapshot([client.cpu.appPid]);
    const dbBefore = cpuSnapshot(await client.cpu.databasePids());
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      last = await fn();
      samples.push(performance.now() - t0);
    }
    const appCpu = cpuUsedMs(appBefore, cpuSnapshot([client.cpu.appPid])) / RUNS;
    const dbAfter = cpuSnapshot(await client.cpu.databasePids());
    const dbCpu = dbAfter.size > 0 ? cpuUsedMs(dbBefore, dbAfter) / RUNS : undefined;
    return { name, p50: percentile(samples, 50), max: Math.max(...samples), appCpu, dbCpu, note: note(last) };
  }

  const rows: Row[] = [];
  rows.push(
    await timed('bare aggregation (service, no HTTP)', () => buildCommitteeReport(db, ctx, { year: YEAR }, 'sv'), (v) => {
      const view = v as Awaited<ReturnType<typeof buildCommitteeReport>>;
      const tableRows = view.sections.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0);
      return `${view.sections.length} sections, ${fmt(tableRows)} table rows`;
    }),
  );
  rows.push(await timed('report as JSON (API)', () => client.getBytes(`/api/reports/committee?${query}`), (v) => `${fmt(Math.round((v as { bytes: Uint8Array }).bytes.length / 1024))} kB`));
  rows.push(await timed('report as XLSX (API)', () => client.getBytes(`/api/reports/committee/export?format=xlsx&${query}`), (v) => `${fmt(Math.round((v as { bytes: Uint8Array }).bytes.length / 1024))} kB`));
  rows.push(await timed('report as PDF (API)', () => client.getBytes(`/api/reports/committee/export?format=pdf&${query}`), (v) => `${fmt(Math.round((v as { bytes: Uint8Array }).bytes.length / 1024))} kB`));
  const peakMb = memoryMb(client.cpu.appPid, 'VmHWM');

  // Where the bare time goes: each section alone, three times, the median (whole year, no filter).
  const sectionTimes: string[] = [];
  for (const section of REPORT_SECTIONS) {
    const samples: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t0 = performance.now();
      await section.build({ db, scope: { year: YEAR, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, timeZone: 'Europe/Stockholm' }, language: 'sv', today: TODAY });
      samples.push(performance.now() - t0);
    }
    sectionTimes.push(`${section.key} ${percentile(samples, 50).toFixed(0)}`);
  }
  console.log(`Each section alone (median of 3, ms): ${sectionTimes.join(', ')}`);

  const target = (r: Row[]) => {
    const [bare, json, xlsx, pdf] = r;
    const missed: string[] = [];
    if (!bare || !json || !xlsx || !pdf) return ['a case did not run'];
    if (xlsx.p50 > 3_000) missed.push(`XLSX ${xlsx.p50.toFixed(0)} ms > 3000 ms`);
    if (pdf.p50 > 5_000) missed.push(`PDF ${pdf.p50.toFixed(0)} ms > 5000 ms`);
    for (const c of [json, xlsx, pdf]) if (c.p50 / bare.p50 > 3) missed.push(`${c.name}: API/SQL ${(c.p50 / bare.p50).toFixed(2)} > 3`);
    if (peakMb !== undefined && peakMb > 500) missed.push(`peak memory ${peakMb.toFixed(0)} MB > 500 MB`);
    return missed;
  };
  return { heading: `${fmt(COOPERATIONS)} cooperations, ${fmt(history.cells)} measurement cells in ${YEAR}`, rows, peakMb, startMb, target };
}

const result = await run().finally(async () => {
  await stopApp?.();
  await database.handle.close();
  await database.drop();
});
const kind = database.handle.kind;
const f = (n: number) => n.toFixed(0).padStart(8);
const c = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(0)).padStart(8);
console.log(`\nThe committee's report, ${kind}, ${result.heading}; ${RUNS} sequential runs after a warm-up (ms)`);
console.log(kind === 'postgres' ? 'CPU per run: app = the app process (the bare case runs in the benchmark process: —); db = PostgreSQL backends.' : 'PGlite: app, database and client share this process.');
console.log(`${'case'.padEnd(40)} ${'p50'.padStart(8)} ${'max'.padStart(8)} ${'app CPU'.padStart(8)} ${'db CPU'.padStart(8)}  API/bare  note`);
const bare = result.rows[0];
for (const [i, r] of result.rows.entries()) {
  const ratio = i === 0 || !bare ? '' : (r.p50 / bare.p50).toFixed(2);
  console.log(`${r.name.padEnd(40)} ${f(r.p50)} ${f(r.max)} ${c(i === 0 && kind === 'postgres' ? undefined : r.appCpu)} ${c(r.dbCpu)}  ${ratio.padStart(8)}  ${r.note}`);
}
console.log(`App process memory: ${result.startMb?.toFixed(0) ?? '?'} MB resident before the runs, peak ${result.peakMb?.toFixed(0) ?? '?'} MB (VmHWM).`);
if (kind === 'postgres') {
  const missed = result.target(result.rows);
  console.log(missed.length === 0 ? 'All targets met (XLSX ≤ 3 s, PDF ≤ 5 s, API/bare ≤ 3, memory < 500 MB).' : `Over target: ${missed.join('; ')}`);
  if (missed.length > 0) process.exitCode = 1;
} else {
  console.log('Targets apply to PostgreSQL; PGlite is reported for comparison.');
}
