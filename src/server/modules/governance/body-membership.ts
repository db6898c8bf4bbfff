import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { governanceReadScope, isBodyInScope } from './governance-access';
import { findActiveMembersOfUser } from './governance.repository';

/**
 * Whether the caller may act for a body in the AGR-8 exchange (raise, answer, pass on, spread):
 * staff who keep the governance records act for any body, everyone else only for a body where they
 * sit as an active member — a partner's representative acts for their own bodies only.
 */
export async function mayActForBody(db: Db, ctx: RequestContext, bodyId: string): Promise<boolean> {
  if (ctx.actor.kind === 'system') return true;
  if (hasPermission(rolesOf(ctx.actor), 'governance.write')) return true;
  if (ctx.actor.kind !== 'user') return false;
  return (await findActiveMembersOfUser(db, bodyId, ctx.actor.userId)).length > 0;
}

/**
 * Throws unless the caller may act for the body: 403 when they can see it (or one of the other
 * bodies named) but may not act, 404 when none of them is theirs to see (existence must not leak).
 */
export async function assertMayActForBody(db: Db, ctx: RequestContext, bodyId: string, alsoVisible: readonly string[] = []): Promise<void> {
  if (await mayActForBody(db, ctx, bodyId)) return;
  const scope = governanceReadScope(ctx);
  for (const id of [bodyId, ...alsoVisible]) {
    if (await isBodyInScope(db, scope, id)) throw new DomainError('forbidden');
  }
  throw new DomainError('not_found');
}
