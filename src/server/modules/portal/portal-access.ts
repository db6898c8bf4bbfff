import type { Permission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { findUserOrganisation } from '../partner/partner-report.repository';

/** The caller's user id; a portal caller is always a signed-in user. */
export function portalUserId(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new DomainError('forbidden');
  return ctx.actor.userId;
}

/**
 * The organisation the portal shows: the one the caller's partner account is linked to (decision
 * 008), never one named in the request; null for an account not (yet) linked to one.
 */
export async function portalOrganisationOrNull(db: Db, ctx: RequestContext, permission: Permission = 'portal.read'): Promise<{ id: string; name: string } | null> {
  assertPermitted(ctx.actor, permission);
  return findUserOrganisation(db, portalUserId(ctx));
}

/**
 * The caller's organisation for a route about something of it. Without a link there is nothing of
 * it: reading answers 404 like any id not the organisation's, submitting 403 `partner_not_linked`.
 */
export async function portalOrganisation(db: Db, ctx: RequestContext, permission: Permission = 'portal.read'): Promise<{ id: string; name: string }> {
  const organisation = await portalOrganisationOrNull(db, ctx, permission);
  if (!organisation) throw new DomainError(permission === 'portal.submit' ? 'partner_not_linked' : 'not_found');
  return organisation;
}
