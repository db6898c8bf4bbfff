import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { findActiveMembersOfUser } from './governance.repository';

/** Every body, or only those where this user sits as an active member (null: none at all). */
export type ReadScope = { all: true } | { all: false; userId: string | null };

/**
 * What a caller with `governance.read` may see. Staff roles see every body; a steering member
 * who holds no staff role sees only the bodies they are a member of, because partner
 * representatives must not read other bodies' meetings and decisions.
 */
export function governanceReadScope(ctx: RequestContext): ReadScope {
  assertPermitted(ctx.actor, 'governance.read');
  if (ctx.actor.kind === 'system') return { all: true };
  const staffRoles = rolesOf(ctx.actor).filter((r) => r !== 'steering_member');
  if (hasPermission(staffRoles, 'governance.read')) return { all: true };
  return { all: false, userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null };
}

/** True when the scope includes the body. */
export async function isBodyInScope(db: Db, scope: ReadScope, bodyId: string): Promise<boolean> {
  if (scope.all) return true;
  if (!scope.userId) return false;
  return (await findActiveMembersOfUser(db, bodyId, scope.userId)).length > 0;
}

/** Throws not_found (existence must not leak) unless the caller may read the body. */
export async function assertCanReadBody(db: Db, ctx: RequestContext, bodyId: string): Promise<void> {
  if (!(await isBodyInScope(db, governanceReadScope(ctx), bodyId))) throw new DomainError('not_found');
}
