import type { SessionListView } from '../../../shared/users/two-factor.schemas';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { deleteOtherSessionsOfUser, deleteSessionOfUser, findSessionsOfUser } from './session.repository';

type UserActor = Extract<RequestContext['actor'], { kind: 'user' }>;

function userActor(ctx: RequestContext): UserActor {
  if (ctx.actor.kind !== 'user') throw new DomainError('unauthenticated');
  return ctx.actor;
}

/** The caller's own active sessions (issue 15), the current one marked; the secret ids never leave the server. */
export async function listOwnSessions(db: Db, ctx: RequestContext): Promise<SessionListView> {
  const actor = userActor(ctx);
  const rows = await findSessionsOfUser(db, actor.userId);
  return {
    items: rows.map((s) => ({
      id: s.public_id,
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      ip: s.ip,
      userAgent: s.user_agent,
      method: s.method,
      current: s.id_hash === actor.sessionIdHash,
    })),
  };
}

/** Ends one of the caller's own sessions; another user's session is not found (404). Returns whether it was the current one. */
export async function endOwnSession(db: Db, ctx: RequestContext, publicId: string): Promise<{ wasCurrent: boolean }> {
  const actor = userActor(ctx);
  return db.transaction().execute(async (trx) => {
    const current = (await findSessionsOfUser(trx, actor.userId)).find((s) => s.id_hash === actor.sessionIdHash);
    if (!(await deleteSessionOfUser(trx, actor.userId, publicId))) throw new DomainError('not_found');
    await recordAudit(trx, ctx, { action: 'auth.session.ended', entityType: 'user', entityId: actor.userId, data: { session: publicId } });
    return { wasCurrent: current?.public_id === publicId };
  });
}

/** "Sign out everywhere": ends every session of the caller but this one, audited with how many ended. */
export async function signOutEverywhere(db: Db, ctx: RequestContext): Promise<{ ended: number }> {
  const actor = userActor(ctx);
  return db.transaction().execute(async (trx) => {
    const ended = await deleteOtherSessionsOfUser(trx, actor.userId, actor.sessionIdHash);
    await recordAudit(trx, ctx, { action: 'auth.sessions.ended_elsewhere', entityType: 'user', entityId: actor.userId, data: { ended } });
    return { ended };
  });
}
