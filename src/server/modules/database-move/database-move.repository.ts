import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ForeignKeyEdge } from './copy-order';

/** A table of schema public as the copy sees it. */
export type CatalogTable = {
  name: string;
  /** Columns whose values are copied, in column order: all but generated ones. */
  columns: string[];
  /** Primary-key columns in key order; empty when the table has none (then it is read in ctid order). */
  primaryKey: string[];
  /** True when a column is an identity column, whose given values need OVERRIDING SYSTEM VALUE. */
  hasIdentity: boolean;
};

export type Catalog = { tables: CatalogTable[]; foreignKeys: ForeignKeyEdge[]; sequences: string[] };

const SCHEMA = 'public';
const table = (name: string) => sql.id(SCHEMA, name);
const columnList = (columns: readonly string[], alias?: string) =>
  sql.join(columns.map((c) => (alias ? sql.ref(`${alias}.${c}`) : sql.id(c))));

/** The tables (with columns and keys), foreign keys and sequences of schema public, read from the catalog. */
export async function readCatalog(db: Db): Promise<Catalog> {
  const columns = await sql<{ table_name: string; column_name: string; generated: boolean; identity: boolean }>`
    SELECT c.relname AS table_name, a.attname AS column_name, a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = ${SCHEMA} AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname, a.attnum`.execute(db);
  const keys = await sql<{ kind: 'p' | 'f'; table_name: string; referenced: string | null; referenced_schema: string | null; columns: string[] }>`
    SELECT con.contype AS kind, c.relname AS table_name, f.relname AS referenced, fn.nspname AS referenced_schema,
      ARRAY(
        SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
        ORDER BY k.position
      )::text[] AS columns
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class f ON f.oid = con.confrelid
    LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
    WHERE n.nspname = ${SCHEMA} AND con.contype IN ('p', 'f')
    ORDER BY c.relname, con.conname`.execute(db);
  const sequences = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ${SCHEMA} AND c.relkind = 'S' ORDER BY c.relname`.execute(db);

  const tables = new Map<string, CatalogTable>();
  for (const row of columns.rows) {
    const entry = tables.get(row.table_name) ?? { name: row.table_name, columns: [], primaryKey: [], hasIdentity: false };
    if (!row.generated) entry.columns.push(row.column_name);
    if (row.identity) entry.hasIdentity = true;
    tables.set(row.table_name, entry);
  }
  const foreignKeys: ForeignKeyEdge[] = [];
  for (const key of keys.rows) {
    const entry = tables.get(key.table_name);
    if (!entry) continue;
    if (key.kind === 'p') entry.primaryKey = key.columns;
    else if (key.referenced && key.referenced_schema === SCHEMA) {
      foreignKeys.push({ table: key.table_name, columns: key.columns, references: key.referenced });
    }
  }
  return { tables: [...tables.values()], foreignKeys, sequences: sequences.rows.map((r) => r.name) };
}

/**
 * Runs `work` on one connection inside a transaction begun by hand, so that work which opens no
 * transaction of its own (migrations told so) commits or rolls back with everything else.
 */
export async function inOwnTransaction<T>(db: Db, work: (conn: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    try {
      const result = await work(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/** The relations (tables, views, sequences) in schema public, at most `limit` of them. */
export async function listPublicRelations(db: Db, limit = 20): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ${SCHEMA} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    ORDER BY c.relname LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => r.name);
}

/** Whether a schema of that name exists (pg-boss keeps its queue in schema `pgboss`). */
export async function schemaExists(db: Db, name: string): Promise<boolean> {
  const result = await sql<{ found: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${name}) AS found`.execute(db);
  return result.rows[0]?.found ?? false;
}

/** Sets the session's output formats to the ones the copy relies on (hex bytea, exact floats). */
export async function setExactOutput(db: Db): Promise<void> {
  await sql`SET bytea_output = 'hex'`.execute(db);
  await sql`SET extra_float_digits = 1`.execute(db);
}

/** The names of the migrations recorded as run, in order. */
export async function migrationNames(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return result.rows.map((r) => r.name);
}

/** The number of rows in a table. */
export async function countRows(db: Db, name: string): Promise<number> {
  const result = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${table(name)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** Turns the table's own triggers off (or on again); foreign keys stay checked. */
export async function setUserTriggers(db: Db, name: string, enabled: boolean): Promise<void> {
  await sql`ALTER TABLE ${table(name)} ${sql.raw(enabled ? 'ENABLE' : 'DISABLE')} TRIGGER USER`.execute(db);
}

/** Empties the tables in one statement (the rows migrations inserted as reference data). */
export async function truncateTables(db: Db, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await sql`TRUNCATE ${sql.join(names.map(table))}`.execute(db);
}

/** Where the next batch starts: after the row with this key (JSON of the row, or its ctid). */
export type BatchCursor = string | undefined;

function batchFrom(t: CatalogTable, after: BatchCursor): { where: RawBuilder<unknown>; order: RawBuilder<unknown> } {
  if (t.primaryKey.length === 0) {
    return { where: after === undefined ? sql`` : sql`WHERE t.ctid > ${after}::tid`, order: sql`t.ctid` };
  }
  const key = columnList(t.primaryKey, 't');
  // One scalar subquery per key column makes a plain row comparison, which the primary key's
  // index serves; a comparison with one row-valued subquery would be checked row by row.
  const last = sql.join(t.primaryKey.map((c) => sql`(SELECT ${sql.id(c)} FROM json_populate_record(null::${table(t.name)}, ${after}::json))`));
  return { where: after === undefined ? sql`` : sql`WHERE (${key}) > (${last})`, order: key };
}

/** The stored sizes (bytes) of the next rows, to bound how much one batch carries. */
export async function nextRowSizes(db: Db, t: CatalogTable, after: BatchCursor, limit: number): Promise<number[]> {
  const { where, order } = batchFrom(t, after);
  const size = sql.join(
    t.columns.map((c) => sql`coalesce(pg_column_size(${sql.ref(`t.${c}`)}), 0)::bigint`),
    sql` + `,
  );
  const result = await sql<{ size: string }>`
    SELECT (${size})::text AS size FROM ${table(t.name)} AS t ${where} ORDER BY ${order} LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => Number(r.size));
}

/**
 * The next rows as JSON text (each row's copied columns as `row_to_json` writes them: exact
 * timestamps, hex bytea, jsonb, arrays) with each row's cursor. Read as text, so no type parser
 * of the client rounds a value on the way.
 */
export async function readRows(db: Db, t: CatalogTable, after: BatchCursor, limit: number): Promise<{ json: string; cursor: string }[]> {
  const { where, order } = batchFrom(t, after);
  const result = await sql<{ json: string; ctid: string }>`
    SELECT row_to_json(r)::text AS json, t.ctid::text AS ctid
    FROM ${table(t.name)} AS t, LATERAL (SELECT ${columnList(t.columns, 't')}) AS r
    ${where} ORDER BY ${order} LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => ({ json: r.json, cursor: t.primaryKey.length === 0 ? r.ctid : r.json }));
}

/**
 * Inserts rows given as a JSON array of objects, each value converted by the column's own input
 * function; the `nulled` columns are inserted empty (self-references, filled by `fillColumns`).
 */
export async function insertRows(db: Db, t: CatalogTable, rowsJson: string, nulled: readonly string[] = []): Promise<void> {
  const values = sql.join(t.columns.map((c) => (nulled.includes(c) ? sql`NULL` : sql.ref(`s.${c}`))));
  await sql`
    INSERT INTO ${table(t.name)} (${columnList(t.columns)}) ${sql.raw(t.hasIdentity ? 'OVERRIDING SYSTEM VALUE' : '')}
    SELECT ${values} FROM json_populate_recordset(null::${table(t.name)}, ${rowsJson}::json) AS s`.execute(db);
}

/** Sets the given columns of rows already inserted, matched by primary key, from a JSON array of rows. */
export async function fillColumns(db: Db, t: CatalogTable, rowsJson: string, columns: readonly string[]): Promise<void> {
  await sql`
    UPDATE ${table(t.name)} AS t SET ${sql.join(columns.map((c) => sql`${sql.id(c)} = ${sql.ref(`s.${c}`)}`))}
    FROM json_populate_recordset(null::${table(t.name)}, ${rowsJson}::json) AS s
    WHERE (${columnList(t.primaryKey, 't')}) = (${columnList(t.primaryKey, 's')})
      AND (${sql.join(columns.map((c) => sql`${sql.ref(`s.${c}`)} IS NOT NULL`), sql` OR `)})`.execute(db);
}

/** A sequence's state: its last value and whether that value was handed out. */
export type SequenceState = { lastValue: string; isCalled: boolean };

/** Reads a sequence's state. */
export async function readSequence(db: Db, name: string): Promise<SequenceState> {
  const result = await sql<{ last_value: string; is_called: boolean }>`
    SELECT last_value::text AS last_value, is_called FROM ${table(name)}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error(`Sequence ${name} has no state`);
  return { lastValue: row.last_value, isCalled: row.is_called };
}

/** Sets a sequence to the given state, so the next value follows on from the copied rows. */
export async function writeSequence(db: Db, name: string, state: SequenceState): Promise<void> {
  await sql`SELECT setval(format('%I.%I', ${SCHEMA}::text, ${name}::text)::regclass, ${state.lastValue}::bigint, ${state.isCalled})`.execute(db);
}

/** A file row whose content in the database is missing or of another size than the row says. */
export type FileContentProblem = { id: string; storageKey: string; sizeBytes: number; storedBytes: number | null };

/** File rows whose content (`file_blob` and its chunks) is missing or of the wrong size; call only when `file_blob` exists. */
export async function fileBlobProblems(db: Db, limit = 20): Promise<FileContentProblem[]> {
  const result = await sql<{ id: string; storage_key: string; size_bytes: number; stored: string | null }>`
    SELECT f.id, f.storage_key, f.size_bytes, x.stored::text AS stored
    FROM file f
    LEFT JOIN file_blob b ON b.sha256 = f.storage_key
    LEFT JOIN LATERAL (
      SELECT sum(octet_length(c.data)) AS stored, count(*) AS chunks FROM file_blob_chunk c WHERE c.sha256 = b.sha256
    ) x ON true
    WHERE b.sha256 IS NULL OR b.size_bytes <> f.size_bytes OR coalesce(x.stored, 0) <> f.size_bytes OR x.chunks <> b.chunk_count
    ORDER BY f.id LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => ({ id: r.id, storageKey: r.storage_key, sizeBytes: r.size_bytes, storedBytes: r.stored === null ? null : Number(r.stored) }));
}

