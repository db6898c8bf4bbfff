import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/database';
import { migrateToLatest } from '../../db/migrations';
import { type ChainVerification, verifyAuditChain } from '../audit/audit.service';
import { copyOrder } from './copy-order';
import {
  type CatalogTable,
  countRows,
  type FileContentProblem,
  fileBlobProblems,
  fillColumns,
  insertRows,
  listPublicRelations,
  migrationNames,
  readCatalog,
  readRows,
  readSequence,
  inOwnTransaction,
  nextRowSizes,
  schemaExists,
  setExactOutput,
  setUserTriggers,
  truncateTables,
  writeSequence,
} from './database-move.repository';

/** Kysely's own bookkeeping: the target's migrations write it, so it is compared, not copied. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
const JOB_QUEUE_SCHEMA = 'pgboss';

/** Thrown when the target database already holds tables or a job queue; nothing was changed. */
export class TargetNotEmptyError extends Error {
  constructor(
    readonly relations: string[],
    readonly hasJobQueue: boolean,
  ) {
    const named = [...relations.slice(0, 5), ...(relations.length > 5 ? ['…'] : []), ...(hasJobQueue ? [`schema ${JOB_QUEUE_SCHEMA}`] : [])];
    const found = named.join(', ');
    super(
      `Måldatabasen är inte tom (${found}). Flytten görs bara till en tom databas; ingenting har ändrats. ` +
        `(The target database is not empty (${found}). The move only goes into an empty database; nothing was changed.)`,
    );
    this.name = 'TargetNotEmptyError';
  }
}

/** Thrown when the copy does not check out; the target's transaction was rolled back, so it is empty again. */
export class MoveVerificationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Kopian stämmer inte; ingenting sparades i måldatabasen. (The copy does not match; nothing was kept in the target database.)\n` +
        problems.map((p) => `  ${p}`).join('\n'),
    );
    this.name = 'MoveVerificationError';
  }
}

export type TableCount = { table: string; source: number; target: number };

/** Where file content was checked and what was found. */
export type FilesCheck = { files: number; problems: FileContentProblem[] };

export type MoveReport = {
  tables: TableCount[];
  sequences: number;
  migrations: string[];
  audit: { source: ChainVerification; target: ChainVerification };
  files: FilesCheck;
  seconds: number;
};

/** Copy progress: after each batch, the table's rows copied so far of its total. */
export type MoveProgress = { table: string; position: number; tables: number; copied: number; total: number };

export type MoveOptions = {
  /** The embedded database (held by this process), migrated to the latest schema first. */
  source: Db;
  /** The empty PostgreSQL database. */
  target: Db;
  onProgress?: (progress: MoveProgress) => void;
  /** Rows per batch at most (500). */
  batchRows?: number;
  /** Stored bytes per batch at most (8 MiB); a single larger row goes alone. */
  batchBytes?: number;
};

/** Refuses a target that holds any table, view or sequence in schema public, or pg-boss's schema. */
export async function assertTargetEmpty(target: Db): Promise<void> {
  const relations = await listPublicRelations(target, 6);
  const hasJobQueue = await schemaExists(target, JOB_QUEUE_SCHEMA);
  if (relations.length > 0 || hasJobQueue) throw new TargetNotEmptyError(relations, hasJobQueue);
}

/**
 * Copies every table of schema public (records, audit log, file content when it is in the
 * database) from the embedded database into an empty PostgreSQL database, and checks the copy:
 * row counts per table, the audit chain, every file's content. The target is migrated, filled
 * and checked in ONE transaction on one connection, so a failure anywhere leaves it empty.
 */
export async function moveToPostgres(options: MoveOptions): Promise<MoveReport> {
  const started = performance.now();
  const { source, target } = options;
  await migrateToLatest(source);
  await setExactOutput(source);
  await assertTargetEmpty(target);

  const catalog = await readCatalog(source);
  const tables = catalog.tables.filter((t) => !MIGRATION_TABLES.has(t.name));
  const byName = new Map(tables.map((t) => [t.name, t]));
  // Computed before anything is written: a ring of foreign keys stops the move here.
  const { order, selfReferences } = copyOrder([...byName.keys()], catalog.foreignKeys);
  const sourceMigrations = await migrationNames(source);
  const sourceAudit = await verifyAuditChain(source);
  // File content is in the database (decision 019); an installation whose files are still on
  // disk moves them in first, or the target would hold records pointing at nothing.
  const sourceFileProblems = await fileBlobProblems(source, 10_000);
  if (sourceFileProblems.length > 0) {
    throw new MoveVerificationError([
      `${sourceFileProblems.length} filer saknar sitt innehåll i källdatabasen; kör först npm run files:move-to-database ` +
        `(${sourceFileProblems.length} files lack their content in the source database; run npm run files:move-to-database first)`,
      ...sourceFileProblems.slice(0, 10).map((p) => `fil ${p.id} (file ${p.id})`),
    ]);
  }

  return inOwnTransaction(target, async (conn) => {
    const migrations = await migrateToLatest(conn, { inCallersTransaction: true });
    const problems = schemaDifferences(tables, (await readCatalog(conn)).tables, sourceMigrations, await migrationNames(conn));
    if (problems.length > 0) throw new MoveVerificationError(problems);

    // The copy is an exact replica: triggers that derive data on insert (numbering, search
    // words, due dates) stay off, since their results are among the rows copied. Foreign
    // keys stay checked, hence the order.
    for (const name of order) await setUserTriggers(conn, name, false);
    // Reference rows the migrations inserted are in the copy too.
    await truncateTables(conn, order);
    const counts: TableCount[] = [];
    for (const [index, name] of order.entries()) {
      const t = byName.get(name) as CatalogTable;
      const total = await countRows(source, name);
      await copyTable(source, conn, t, selfReferences.get(name) ?? [], options, (copied) =>
        options.onProgress?.({ table: name, position: index + 1, tables: order.length, copied, total }),
      );
      counts.push({ table: name, source: total, target: await countRows(conn, name) });
    }
    for (const name of order) await setUserTriggers(conn, name, true);
    for (const name of catalog.sequences) await writeSequence(conn, name, await readSequence(source, name));

    const targetAudit = await verifyAuditChain(conn);
    const files: FilesCheck = { files: await countRows(conn, 'file'), problems: await fileBlobProblems(conn, 10_000) };
    const mismatches = [
      ...counts.filter((c) => c.source !== c.target).map((c) => `${c.table}: ${c.source} rader i källan, ${c.target} i målet (${c.source} rows in the source, ${c.target} in the target)`),
      ...auditDifference(sourceAudit, targetAudit),
      ...files.problems.map((p) => `fil ${p.id}: innehållet saknas eller har fel storlek (file ${p.id}: content missing or of the wrong size)`),
    ];
    if (mismatches.length > 0) throw new MoveVerificationError(mismatches);
    return {
      tables: counts,
      sequences: catalog.sequences.length,
      migrations,
      audit: { source: sourceAudit, target: targetAudit },
      files,
      seconds: (performance.now() - started) / 1000,
    };
  });
}

/** Copies one table in batches bounded by rows and stored bytes; self-references are filled in a second pass. */
async function copyTable(
  source: Db,
  target: Db,
  t: CatalogTable,
  selfColumns: readonly string[],
  options: MoveOptions,
  progress: (copied: number) => void,
): Promise<void> {
  const batchRows = options.batchRows ?? 500;
  const batchBytes = options.batchBytes ?? 8 * 1024 * 1024;
  if (selfColumns.length > 0 && t.primaryKey.length === 0) {
    throw new Error(`Table ${t.name} references itself but has no primary key to fill the references by`);
  }
  const pass = async (write: (rowsJson: string) => Promise<void>, report: boolean) => {
    let cursor: string | undefined;
    let copied = 0;
    for (;;) {
      const sizes = await nextRowSizes(source, t, cursor, batchRows);
      if (sizes.length === 0) break;
      let take = 0;
      let bytes = 0;
      for (const size of sizes) {
        if (take > 0 && bytes + size > batchBytes) break;
        bytes += size;
        take += 1;
      }
      const rows = await readRows(source, t, cursor, take);
      await write(`[${rows.map((r) => r.json).join(',')}]`);
      copied += rows.length;
      cursor = rows[rows.length - 1]?.cursor;
      if (report) progress(copied);
    }
    if (report && copied === 0) progress(0);
  };
  await pass((json) => insertRows(target, t, json, selfColumns), true);
  if (selfColumns.length > 0) await pass((json) => fillColumns(target, t, json, selfColumns), false);
}

function schemaDifferences(source: CatalogTable[], target: CatalogTable[], sourceMigrations: string[], targetMigrations: string[]): string[] {
  const problems: string[] = [];
  if (sourceMigrations.join(',') !== targetMigrations.join(',')) {
    problems.push(
      `migreringarna skiljer sig: källan ${sourceMigrations.length}, målet ${targetMigrations.length} (the migrations differ: ${sourceMigrations.length} in the source, ${targetMigrations.length} in the target)`,
    );
  }
  const targetTables = new Map(target.map((t) => [t.name, t]));
  for (const t of source) {
    const other = targetTables.get(t.name);
    if (!other) problems.push(`tabellen ${t.name} finns inte i målet (table ${t.name} is missing in the target)`);
    else if (other.columns.join(',') !== t.columns.join(',')) {
      problems.push(`tabellen ${t.name} har andra kolumner i målet (table ${t.name} has other columns in the target)`);
    }
  }
  return problems;
}

function auditDifference(source: ChainVerification, target: ChainVerification): string[] {
  if (!target.ok && (source.ok || source.brokenId !== target.brokenId)) {
    return [`granskningsloggen är bruten vid rad ${target.brokenId} i målet (the audit log is broken at row ${target.brokenId} in the target: ${target.reason})`];
  }
  if (target.rows !== source.rows) {
    return [`granskningsloggen: ${source.rows} rader verifierade i källan, ${target.rows} i målet (audit log: ${source.rows} rows verified in the source, ${target.rows} in the target)`];
  }
  return [];
}

