import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { EmployerProfileRow, EmployerProfileTable } from '../../db/schema-employers';

/** An employer's profile (EMP-1), if one is kept. */
export function findEmployerProfile(db: Db, organisationId: string): Promise<EmployerProfileRow | undefined> {
  return db.selectFrom('employer_profile').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
}

/** Starts an employer's profile; false when one exists already. */
export async function insertEmployerProfile(
  db: Db,
  row: { organisation_id: string; employer_type: EmployerProfileTable['employer_type']; size_band: EmployerProfileTable['size_band']; updated_by: string | null },
): Promise<boolean> {
  const result = await db.insertInto('employer_profile').values(row).onConflict((oc) => oc.column('organisation_id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Changes an employer's profile only if its version matches, bumping the version. */
export async function updateEmployerProfileIfVersion(
  db: Db,
  organisationId: string,
  version: number,
  changes: { employer_type: EmployerProfileTable['employer_type']; size_band: EmployerProfileTable['size_band']; updated_by: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('employer_profile')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('organisation_id', '=', organisationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An organisation as the employer page shows it, if it is an employer. */
export function findEmployerOrganisation(db: Db, id: string): Promise<{ id: string; name: string; org_number: string | null; status: 'active' | 'archived'; legal_form: string } | undefined> {
  return db.selectFrom('organisation').select(['id', 'name', 'org_number', 'status', 'legal_form']).where('id', '=', id).where('kind', '=', 'employer').executeTakeFirst();
}
