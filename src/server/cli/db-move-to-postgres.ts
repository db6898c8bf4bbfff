import { loadConfig } from '../config/env';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { openConfiguredDatabase } from '../db/open-configured';
import { type MoveReport, moveToPostgres, TargetNotEmptyError } from '../modules/database-move/database-move.service';

// `npm run db:move-to-postgres -- <DATABASE_URL>`: copies everything from the embedded database
// in DATA_DIR into an empty PostgreSQL database and checks the copy. Exit code 2: the target is
// not empty (nothing changed); 1: any other failure (the target is left empty).

/** The URL with its password hidden, for printing. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(ogiltig adress / invalid URL)';
  }
}

function printReport(report: MoveReport, url: string): void {
  const width = Math.max(...report.tables.map((t) => t.table.length), 'tabell (table)'.length);
  console.log(`\n${'tabell (table)'.padEnd(width)}  ${'källa (source)'.padStart(14)}  ${'mål (target)'.padStart(12)}`);
  for (const t of report.tables) console.log(`${t.table.padEnd(width)}  ${String(t.source).padStart(14)}  ${String(t.target).padStart(12)}`);
  const rows = report.tables.reduce((sum, t) => sum + t.target, 0);
  console.log(`\nAlla ${report.tables.length} tabeller har lika många rader i målet, ${rows} rader totalt; ${report.sequences} sekvenser satta.`);
  console.log(`(All ${report.tables.length} tables have the same row counts in the target, ${rows} rows in all; ${report.sequences} sequences set.)`);
  console.log(`Granskningsloggen är obruten i målet: ${report.audit.target.rows} rader verifierade. (Audit log intact in the target: ${report.audit.target.rows} rows verified.)`);
  if (!report.audit.source.ok) {
    console.log(`OBS: granskningsloggen var redan bruten i källan vid rad ${report.audit.source.brokenId}. (Note: the audit log was already broken in the source at row ${report.audit.source.brokenId}.)`);
  }
  console.log(`Filer: ${report.files.files} filer, innehållet finns i databasen och är kontrollerat. (Files: ${report.files.files} files, their content is in the database and checked.)`);
  console.log(`\nKlart på ${report.seconds.toFixed(1)} s. (Done in ${report.seconds.toFixed(1)} s.)`);
  console.log(`Nästa steg: sätt DATABASE_URL=${shown(url)} och starta Samverkan. Behåll datakatalogen tills du är nöjd.`);
  console.log(`(Next step: set DATABASE_URL=${shown(url)} and start Samverkan. Keep the data directory until you are satisfied.)`);
}

const url = process.argv[2];
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error('Ange måldatabasens adress: npm run db:move-to-postgres -- postgresql://användare@värd:5432/databas');
  console.error('(Give the target database URL: npm run db:move-to-postgres -- postgresql://user@host:5432/database)');
  process.exit(1);
}
// The source is always the embedded database, whatever DATABASE_URL the environment sets.
const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
let source: DatabaseHandle | undefined;
let target: DatabaseHandle | undefined;
try {
  source = await openConfiguredDatabase(config);
  target = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  console.log(`Flyttar från ${config.dataDir} till ${shown(url)} (Moving from ${config.dataDir} to ${shown(url)})`);
  let lastTable = '';
  const report = await moveToPostgres({
    source: source.db,
    target: target.db,
    onProgress: (p) => {
      const finished = p.copied === p.total;
      // One line per table when it is done, and every 10 000 rows on the way for large ones.
      if (finished || (p.table === lastTable && p.copied % 10_000 < 500)) {
        console.log(`  [${p.position}/${p.tables}] ${p.table}: ${p.copied}/${p.total}`);
      }
      lastTable = p.table;
    },
  });
  printReport(report, url);
} catch (error) {
  if (error instanceof TargetNotEmptyError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('Flytten avbröts; ingenting sparades i måldatabasen. (The move was stopped; nothing was kept in the target database.)');
    process.exitCode = 1;
  }
} finally {
  await target?.close();
  await source?.close();
}
