import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { LegalFormRow } from '../../db/schema-organisations';

/** All legal forms, in display order. */
export function findLegalForms(db: Db): Promise<LegalFormRow[]> {
  return db.selectFrom('legal_form').selectAll().orderBy('kind').orderBy('sort_order').orderBy('code').execute();
}

/** One legal form, if it exists. */
export function findLegalForm(db: Db, kind: string, code: string): Promise<LegalFormRow | undefined> {
  return db
    .selectFrom('legal_form')
    .selectAll()
    .where('kind', '=', kind as LegalFormRow['kind'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Inserts a legal form. */
export function insertLegalForm(
  db: Db,
  form: { kind: LegalFormRow['kind']; code: string; nameSv: string; nameEn: string; sortOrder: number },
): Promise<LegalFormRow> {
  return db
    .insertInto('legal_form')
    .values({ kind: form.kind, code: form.code, name_sv: form.nameSv, name_en: form.nameEn, sort_order: form.sortOrder })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Updates a legal form if its version matches; undefined otherwise. */
export function updateLegalFormIfVersion(
  db: Db,
  key: { kind: LegalFormRow['kind']; code: string },
  version: number,
  changes: Partial<Pick<LegalFormRow, 'name_sv' | 'name_en' | 'active' | 'sort_order'>>,
): Promise<LegalFormRow | undefined> {
  return db
    .updateTable('legal_form')
    .set({ ...changes, version: sql`version + 1` })
    .where('kind', '=', key.kind)
    .where('code', '=', key.code)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** All areas (top level and sub-areas) in display order. */
export function findAreas(db: Db) {
  return db.selectFrom('area').selectAll().where('active', '=', true).orderBy('sort_order').execute();
}

/** All districts in display order. */
export function findDistricts(db: Db) {
  return db.selectFrom('district').selectAll().where('active', '=', true).orderBy('sort_order').execute();
}

/** Active rows of a named reference table (target groups, units, committees) in display order. */
export function findNamedReference(db: Db, table: 'target_group' | 'unit' | 'committee') {
  return db.selectFrom(table).selectAll().where('active', '=', true).orderBy('sort_order').orderBy('code').execute();
}

/** A setting's stored JSON value, if set. */
export async function findSetting(db: Db, key: string): Promise<{ value: unknown; version: number } | undefined> {
  return db.selectFrom('setting').select(['value', 'version']).where('key', '=', key).executeTakeFirst();
}

/** All settings. */
export function findSettings(db: Db) {
  return db.selectFrom('setting').selectAll().orderBy('key').execute();
}

/** Stores a setting's value if its version matches; false otherwise. */
export async function updateSettingIfVersion(db: Db, key: string, version: number, value: unknown): Promise<boolean> {
  const result = await db
    .updateTable('setting')
    .set({ value: JSON.stringify(value), updated_at: new Date(), version: sql`version + 1` })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores the first value of a setting that has none yet; false when another value got there first. */
export async function insertSettingIfAbsent(db: Db, key: string, value: unknown): Promise<boolean> {
  const result = await db
    .insertInto('setting')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** A setting with its version and time of change, locked until the transaction ends. */
export function findSettingForUpdate(db: Db, key: string) {
  return db.selectFrom('setting').select(['key', 'value', 'version', 'updated_at']).where('key', '=', key).forUpdate().executeTakeFirst();
}
