import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { WelfareValueKind } from '../../db/schema-economy';

/** A value entry with its author's name. */
export type ValueEntryWithNames = {
  id: string;
  cooperation_id: string;
  kind: WelfareValueKind;
  entry_date: string;
  amount_sek: number;
  note: string | null;
  created_by: string | null;
  creator_name: string | null;
  version: number;
};

function entriesWithNames(db: Db) {
  return db
    .selectFrom('welfare_value_entry as e')
    .leftJoin('app_user as u', 'u.id', 'e.created_by')
    .select(['e.id', 'e.cooperation_id', 'e.kind', 'e.entry_date', 'e.amount_sek', 'e.note', 'e.created_by', 'u.name as creator_name', 'e.version'])
    .where('e.removed_at', 'is', null);
}

/** The live value entries of a cooperation in date order. */
export function findValueEntries(db: Db, cooperationId: string): Promise<ValueEntryWithNames[]> {
  return entriesWithNames(db).where('e.cooperation_id', '=', cooperationId).orderBy('e.entry_date').orderBy('e.created_at').execute();
}

/** One live value entry of a cooperation, locked when asked. */
export function findValueEntry(db: Db, cooperationId: string, id: string, lock = false): Promise<ValueEntryWithNames | undefined> {
  let q = entriesWithNames(db).where('e.cooperation_id', '=', cooperationId).where('e.id', '=', id);
  if (lock) q = q.forUpdate('e');
  return q.executeTakeFirst();
}

export type ValueEntryValues = { kind: WelfareValueKind; date: string; amountSek: number; note: string | null };

/** Inserts a value entry and returns its id. */
export async function insertValueEntry(db: Db, cooperationId: string, v: ValueEntryValues, createdBy: string | null): Promise<string> {
  const now = new Date();
  const row = await db
    .insertInto('welfare_value_entry')
    .values({ cooperation_id: cooperationId, kind: v.kind, entry_date: v.date, amount_sek: v.amountSek, note: v.note, created_by: createdBy, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces a value entry's fields and bumps its version. */
export async function updateValueEntry(db: Db, id: string, v: ValueEntryValues): Promise<void> {
  await db
    .updateTable('welfare_value_entry')
    .set({ kind: v.kind, entry_date: v.date, amount_sek: v.amountSek, note: v.note, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Marks a value entry removed; the row stays for the history. */
export async function markValueEntryRemoved(db: Db, id: string, removedBy: string | null): Promise<void> {
  await db
    .updateTable('welfare_value_entry')
    .set({ removed_at: new Date(), removed_by: removedBy, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Whether the contract was advertised, with the record's version (none before it is first saved). */
export function findAdvertising(db: Db, cooperationId: string, lock = false) {
  let q = db.selectFrom('welfare_value_contract').select(['advertised', 'version']).where('cooperation_id', '=', cooperationId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Saves whether the contract was advertised, creating the record at version 1 or bumping it. */
export async function saveAdvertising(db: Db, cooperationId: string, advertised: boolean): Promise<void> {
  await db
    .insertInto('welfare_value_contract')
    .values({ cooperation_id: cooperationId, advertised, updated_at: new Date() })
    .onConflict((oc) => oc.column('cooperation_id').doUpdateSet({ advertised, updated_at: new Date(), version: sql`welfare_value_contract.version + 1` }))
    .execute();
}

/**
 * The live entries and advertising of many welfare-service cooperations at once (the overview's
 * page): one statement on the partial index by cooperation.
 */
export async function findValueEntriesOf(db: Db, cooperationIds: string[]): Promise<{ cooperation_id: string; id: string; entry_date: string; amount_sek: number; advertised: boolean | null }[]> {
  if (cooperationIds.length === 0) return [];
  return db
    .selectFrom('welfare_value_entry as e')
    .leftJoin('welfare_value_contract as c', 'c.cooperation_id', 'e.cooperation_id')
    .select(['e.cooperation_id', 'e.id', 'e.entry_date', 'e.amount_sek', 'c.advertised'])
    .where(sql<boolean>`e.cooperation_id = ANY(${cooperationIds}::uuid[])`)
    .where('e.removed_at', 'is', null)
    .orderBy('e.cooperation_id')
    .orderBy('e.entry_date')
    .orderBy('e.created_at')
    .execute();
}
