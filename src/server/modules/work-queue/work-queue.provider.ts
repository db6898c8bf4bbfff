import type { WorkItemView } from '../../../shared/work-queue/work-queue.schemas';
import type { WorkQueueScope } from '../../../shared/work-queue/work-queue.rules';
import type { Role } from '../../../shared/users/roles';
import type { Db } from '../../db/database';
import { isoDateIn } from '../../../shared/time/dates';

/** Who asks for the list and how much of it: their own items or everything. */
export type WorkQueueContext = { userId: string; roles: readonly Role[]; scope: WorkQueueScope; timeZone: string };

/**
 * One kind of item: a function computing its items from the data each time (never a stored
 * list), in one or two indexed queries, for the caller's roles and scope.
 */
export type WorkItemProvider = (db: Db, ctx: WorkQueueContext, today: string) => Promise<WorkItemView[]>;

/** True when any of the roles is among the allowed ones. */
export function holdsAny(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role));
}

/**
 * A date column's value as it is, or the calendar day of a timestamp in the app's time zone (a
 * row written at 00:30 in Stockholm belongs to that day, not to the UTC day before).
 */
export function dateOf(value: Date | string, timeZone: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return isoDateIn(typeof value === 'string' ? new Date(value) : value, timeZone);
}
