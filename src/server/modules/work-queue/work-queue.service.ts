import { effectiveScope, maySeeEverything } from '../../../shared/work-queue/work-queue.rules';
import type { WorkItemView, WorkQueueCountView, WorkQueueQuery, WorkQueueView } from '../../../shared/work-queue/work-queue.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { providersFor } from './work-queue.registry';

/** How many items of one kind the list shows at most. */
export const ITEMS_PER_KIND = 500;

async function collect(db: Db, ctx: RequestContext, query: WorkQueueQuery, timeZone: string): Promise<WorkQueueView> {
  assertPermitted(ctx.actor, 'work-queue.read');
  const roles = rolesOf(ctx.actor);
  const scope = effectiveScope(roles, query.scope);
  // An API token is no person: it has nothing of its own to do.
  if (ctx.actor.kind !== 'user') return { scope, canSeeEverything: maySeeEverything(roles), items: [] };
  const userId = ctx.actor.userId;
  const providers = providersFor(roles);
  const lists = await Promise.all(providers.map((provide) => provide(db, { userId, roles, scope, timeZone }, ctx.today)));
  // A to-do list, not a report: at most so many of each kind (the providers' queries stop there too).
  const items: WorkItemView[] = lists.flatMap((list) => list.slice(0, ITEMS_PER_KIND));
  return { scope, canSeeEverything: maySeeEverything(roles), items };
}

/** The caller's "Att göra" items, computed from the data by every registered provider. */
export function listWorkQueue(db: Db, ctx: RequestContext, query: WorkQueueQuery, timeZone: string): Promise<WorkQueueView> {
  return collect(db, ctx, query, timeZone);
}

/** How many items the caller has (their own), for the menu's badge. */
export async function countWorkQueue(db: Db, ctx: RequestContext, timeZone: string): Promise<WorkQueueCountView> {
  const view = await collect(db, ctx, { scope: 'mine' }, timeZone);
  return { count: view.items.length };
}
