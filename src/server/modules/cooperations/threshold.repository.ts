import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ThresholdRow } from '../../db/schema-cooperations';

export type ThresholdKey = { code: string; validFrom: string };

/** Dated values ordered by code then date, optionally of one code, after a keyset position. */
export function findThresholds(db: Db, q: { code?: string | undefined; after?: ThresholdKey | undefined; limit?: number }): Promise<ThresholdRow[]> {
  let query = db.selectFrom('threshold').selectAll();
  if (q.code) query = query.where('code', '=', q.code);
  if (q.after) {
    const after = q.after;
    query = query.where((eb) => eb.or([eb('code', '>', after.code), eb.and([eb('code', '=', after.code), eb('valid_from', '>', after.validFrom)])]));
  }
  query = query.orderBy('code').orderBy('valid_from');
  return (q.limit === undefined ? query : query.limit(q.limit)).execute();
}

/** How many dated values there are, optionally of one code. */
export async function countThresholds(db: Db, code?: string): Promise<number> {
  let query = db.selectFrom('threshold').select((eb) => eb.fn.countAll<string>().as('n'));
  if (code) query = query.where('code', '=', code);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One dated value by id. */
export function findThresholdById(db: Db, id: string): Promise<ThresholdRow | undefined> {
  return db.selectFrom('threshold').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a dated value; undefined when the code already has a value from that date. */
export function insertThreshold(
  db: Db,
  t: { code: string; validFrom: string; amountSek: number; source: string; createdBy: string | null },
): Promise<ThresholdRow | undefined> {
  return db
    .insertInto('threshold')
    .values({ code: t.code, valid_from: t.validFrom, amount_sek: t.amountSek, source: t.source, created_by: t.createdBy })
    .onConflict((oc) => oc.columns(['code', 'valid_from']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Corrects a value's amount or source if its version matches; undefined otherwise. */
export function updateThresholdIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: { amount_sek?: number; source?: string },
): Promise<ThresholdRow | undefined> {
  return db
    .updateTable('threshold')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
