import type { Page } from '../../../shared/http/pagination.schemas';
import type { SavedFilterInput, SavedFilterView } from '../../../shared/cooperations/cooperation.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import {
  countSavedFilters,
  deleteOwnSavedFilter,
  findSavedFilters,
  insertSavedFilter,
  type SavedFilterRow,
} from './saved-filter.repository';

function toSavedFilterView(row: SavedFilterRow): SavedFilterView {
  return {
    id: row.id,
    scope: row.scope as SavedFilterView['scope'],
    name: row.name,
    query: row.query as SavedFilterView['query'],
    createdAt: row.created_at.toISOString(),
  };
}

/** Saved filters are personal: they belong to a logged-in user, not to an integration's token. */
function ownerOf(ctx: RequestContext): string {
  assertPermitted(ctx.actor, 'cooperations.read');
  if (ctx.actor.kind !== 'user') throw new DomainError('forbidden');
  return ctx.actor.userId;
}

const isKey = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

/** The caller's own saved filters of a list, by name (OVR-1). */
export async function listSavedFilters(
  db: Db,
  ctx: RequestContext,
  q: { scope: string; limit: number; cursor?: string | undefined },
): Promise<Page<SavedFilterView>> {
  const userId = ownerOf(ctx);
  const after = q.cursor ? decodeCursor(q.cursor, isKey) : undefined;
  const [rows, total] = await Promise.all([
    findSavedFilters(db, { userId, scope: q.scope }, { limit: q.limit, after }),
    countSavedFilters(db, { userId, scope: q.scope }),
  ]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toSavedFilterView),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.name.toLowerCase(), last.id]) : null,
    total,
  };
}

/**
 * Saves the current overview filter under a name for the caller. A personal view setting, not
 * an official record, so it is not audited and may be removed.
 */
export async function saveFilter(db: Db, ctx: RequestContext, input: SavedFilterInput): Promise<SavedFilterView> {
  const userId = ownerOf(ctx);
  const row = await insertSavedFilter(db, { userId, scope: input.scope, name: input.name, query: input.query });
  if (!row) throw new DomainError('saved_filter_exists', { errors: [{ path: 'name', message: 'saved_filter_exists' }] });
  return toSavedFilterView(row);
}

/** Removes one of the caller's saved filters; another user's filter is not found (404). */
export async function deleteSavedFilter(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const userId = ownerOf(ctx);
  if (!(await deleteOwnSavedFilter(db, { id, userId }))) throw new DomainError('not_found');
}
