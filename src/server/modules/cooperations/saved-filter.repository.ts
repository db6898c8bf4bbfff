import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { SavedFilterTable } from '../../db/schema-cooperations';
import type { Selectable } from 'kysely';

export type SavedFilterRow = Selectable<SavedFilterTable>;

/** A user's saved filters of one list, by name, one more than the limit. */
export function findSavedFilters(
  db: Db,
  key: { userId: string; scope: string },
  page: { limit: number; after?: [string, string] | undefined },
): Promise<SavedFilterRow[]> {
  let query = db.selectFrom('saved_filter').selectAll().where('user_id', '=', key.userId).where('scope', '=', key.scope);
  if (page.after) query = query.where(sql<boolean>`(lower(name), id) > (${page.after[0]}, ${page.after[1]}::uuid)`);
  return query.orderBy(sql`lower(name)`).orderBy('id').limit(page.limit + 1).execute();
}

/** How many filters a user has saved for one list. */
export async function countSavedFilters(db: Db, key: { userId: string; scope: string }): Promise<number> {
  const row = await db
    .selectFrom('saved_filter')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', key.userId)
    .where('scope', '=', key.scope)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores a saved filter; undefined when the user already has one of that name for the list. */
export function insertSavedFilter(
  db: Db,
  filter: { userId: string; scope: string; name: string; query: Record<string, unknown> },
): Promise<SavedFilterRow | undefined> {
  return db
    .insertInto('saved_filter')
    .values({ user_id: filter.userId, scope: filter.scope, name: filter.name, query: JSON.stringify(filter.query), created_at: new Date() })
    .onConflict((oc) => oc.columns(['user_id', 'scope', 'name']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Removes a user's own saved filter; false when the user has no filter with that id. */
export async function deleteOwnSavedFilter(db: Db, key: { id: string; userId: string }): Promise<boolean> {
  const result = await db.deleteFrom('saved_filter').where('id', '=', key.id).where('user_id', '=', key.userId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
