import type { Db } from '../../db/database';

/** Every district, ended ones included, in display order. */
export function findAllDistricts(db: Db) {
  return db.selectFrom('district').selectAll().orderBy('sort_order').orderBy('code').execute();
}

/** Every recorded succession between districts. */
export function findDistrictSuccessions(db: Db) {
  return db.selectFrom('district_succession').selectAll().orderBy('effective_on').orderBy('predecessor_code').execute();
}

/** Locks the district table against a concurrent succession, so the checks see what will be stored. */
export async function lockDistricts(db: Db): Promise<void> {
  await db.selectFrom('district').select('code').forUpdate().execute();
}

/** Adds a district valid from a date, placed after the existing ones. */
export async function insertDistrict(db: Db, district: { code: string; nameSv: string; validFrom: string }): Promise<void> {
  const last = await db.selectFrom('district').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst();
  await db
    .insertInto('district')
    .values({ code: district.code, name_sv: district.nameSv, valid_from: district.validFrom, sort_order: (last?.max ?? 0) + 10 })
    .execute();
}

/** Ends the given districts on a day. */
export async function closeDistricts(db: Db, codes: readonly string[], validTo: string): Promise<void> {
  await db.updateTable('district').set({ valid_to: validTo }).where('code', 'in', codes).execute();
}

/** Records that the predecessors' unit goes to the successor from a date. */
export async function insertSuccessions(db: Db, predecessors: readonly string[], successorCode: string, effectiveOn: string): Promise<void> {
  await db
    .insertInto('district_succession')
    .values(predecessors.map((predecessor_code) => ({ predecessor_code, successor_code: successorCode, effective_on: effectiveOn })))
    .execute();
}
