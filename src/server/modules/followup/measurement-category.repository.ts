import type { Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { MeasurementCategoryRow, MeasurementCategoryTable, MeasurementDimension } from '../../db/schema-measurements';

const columns = ['dimension', 'code', 'name_sv', 'name_en', 'position', 'active', 'version'] as const;

/** One category by its key. */
export function findMeasurementCategory(db: Db, dimension: MeasurementDimension, code: string): Promise<MeasurementCategoryRow | undefined> {
  return db.selectFrom('measurement_category').select(columns).where('dimension', '=', dimension).where('code', '=', code).executeTakeFirst();
}

/** Adds a category; undefined when the key is taken. */
export function insertMeasurementCategory(db: Db, values: Omit<MeasurementCategoryTable, 'active' | 'version'>): Promise<MeasurementCategoryRow | undefined> {
  return db
    .insertInto('measurement_category')
    .values(values)
    .onConflict((oc) => oc.columns(['dimension', 'code']).doNothing())
    .returning(columns)
    .executeTakeFirst();
}

/** Changes a category still at the given version; undefined when someone else changed it first. */
export function updateMeasurementCategoryIfVersion(
  db: Db,
  key: { dimension: MeasurementDimension; code: string },
  version: number,
  changes: Updateable<MeasurementCategoryTable>,
): Promise<MeasurementCategoryRow | undefined> {
  return db
    .updateTable('measurement_category')
    .set({ ...changes, version: version + 1 })
    .where('dimension', '=', key.dimension)
    .where('code', '=', key.code)
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
}
