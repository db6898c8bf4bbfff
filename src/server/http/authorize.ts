import { hasPermission, type Permission } from '../../shared/users/permissions.rules';
import { DomainError } from './errors';
import { type Actor, rolesOf } from './request-context';

/** Throws 401 for the public and 403 for an actor without the permission; the system may do all. */
export function assertPermitted(actor: Actor, permission: Permission): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (!hasPermission(rolesOf(actor), permission)) throw new DomainError('forbidden');
}
