import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** The columns of a cooperation that may ever be shown publicly, plus the id to join parties on. */
export type PublishedIopRow = {
  id: string;
  case_number: string;
  title: string;
  public_summary: string | null;
  target_groups: string[];
  start_date: string | null;
  end_date: string | null;
};

/** Active IOPs chosen for publication, oldest start first (IOP-10). Selects public columns only. */
export function findPublishedIops(db: Db): Promise<PublishedIopRow[]> {
  return db
    .selectFrom('cooperation')
    .select(['id', 'case_number', 'title', 'public_summary', 'target_groups', 'start_date', 'end_date'])
    .where('form', '=', 'iop')
    .where('status', '=', 'active')
    .where('published', '=', true)
    .orderBy('start_date', (ob) => ob.asc().nullsLast())
    .orderBy('case_year')
    .orderBy('case_sequence')
    .execute();
}

/** The names of the parties of these cooperations, by cooperation, alphabetically. */
export async function findPartyNames(db: Db, cooperationIds: string[]): Promise<Map<string, string[]>> {
  const byCooperation = new Map<string, string[]>();
  if (cooperationIds.length === 0) return byCooperation;
  const rows = await db
    .selectFrom('cooperation_party as cp')
    .innerJoin('organisation as o', 'o.id', 'cp.organisation_id')
    .select(['cp.cooperation_id', 'o.name'])
    .where('cp.cooperation_id', 'in', cooperationIds)
    .orderBy('o.name')
    .execute();
  for (const row of rows) byCooperation.set(row.cooperation_id, [...(byCooperation.get(row.cooperation_id) ?? []), row.name]);
  return byCooperation;
}

/** Target groups by code, with their names in both languages. */
export function findTargetGroups(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('target_group').select(['code', 'name_sv', 'name_en', 'sort_order']).where('code', 'in', codes).orderBy('sort_order').orderBy('code').execute();
}

/** The stored values of these settings, by key. */
export async function findSettingValues(db: Db, keys: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', [...keys]).execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** A cooperation's form, status and publication state, locked for the rest of the transaction. */
export function findPublicationForUpdate(db: Db, id: string) {
  return db
    .selectFrom('cooperation')
    .select(['id', 'form', 'status', 'published', 'public_summary', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** A cooperation's publication state. */
export function findPublication(db: Db, id: string) {
  return db.selectFrom('cooperation').select(['published', 'public_summary', 'version']).where('id', '=', id).executeTakeFirst();
}

/** Stores the publication state if the version matches (bumping it); false otherwise. */
export async function updatePublicationIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: { published: boolean; public_summary: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('cooperation')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
