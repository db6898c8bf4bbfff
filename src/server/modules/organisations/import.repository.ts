import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { OrganisationImportRow } from '../../db/schema-organisations';

/** Stores an uploaded table awaiting the user's confirmation. */
export async function insertImport(
  db: Db,
  imp: { fileName: string; headers: string[]; rows: { line: number; cells: string[] }[]; mapping: unknown; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('organisation_import')
    .values({
      file_name: imp.fileName,
      headers: JSON.stringify(imp.headers),
      rows: JSON.stringify(imp.rows),
      mapping: JSON.stringify(imp.mapping),
      created_by: imp.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One import, if it exists. */
export function findImport(db: Db, id: string): Promise<OrganisationImportRow | undefined> {
  return db.selectFrom('organisation_import').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Saves a new column mapping if the version matches; false otherwise. */
export async function updateImportMapping(db: Db, id: string, version: number, mapping: unknown): Promise<boolean> {
  const result = await db
    .updateTable('organisation_import')
    .set({ mapping: JSON.stringify(mapping), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'preview')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks an import as committed with the number of organisations it registered. */
export async function markImportCommitted(db: Db, id: string, version: number, importedCount: number): Promise<boolean> {
  const result = await db
    .updateTable('organisation_import')
    .set({ status: 'committed', imported_count: importedCount, committed_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'preview')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
