import { seenSplit, spreadReceivers } from '../../../shared/governance/questions.rules';
import type { DecisionSpreadView, ReceivedDecisionView, ReceivedDecisionsView, SpreadDecisionInput } from '../../../shared/governance/questions.schemas';
import type { Db } from '../../db/database';
import type { GovernanceDecisionRow } from '../../db/schema-governance';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertMayActForBody, mayActForBody } from './body-membership';
import { assertCanReadBody, governanceReadScope, isBodyInScope } from './governance-access';
import { findActiveMembersOfUser, findBodyById } from './governance.repository';
import { findDecisionById } from './meeting.repository';
import {
  findActiveMembersOfBodies,
  findBodiesBelow,
  findSeen,
  findSpreadById,
  findSpreadsOfDecision,
  findSpreadsToBody,
  insertSeen,
  insertSpreads,
  type ReceivingMember,
} from './spread.repository';

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

async function toSpreadView(db: Db, ctx: RequestContext, decision: GovernanceDecisionRow): Promise<DecisionSpreadView> {
  const body = found(await findBodyById(db, decision.body_id, ctx.today));
  const spreads = await findSpreadsOfDecision(db, decision.id);
  const [members, seen] = await Promise.all([
    findActiveMembersOfBodies(
      db,
      spreads.map((s) => s.body_id),
    ),
    findSeen(
      db,
      spreads.map((s) => s.id),
    ),
  ]);
  const memberRef = (m: ReceivingMember) => ({ memberId: m.member_id, name: m.name, organisation: m.organisation_name, hasLogin: m.user_id !== null, userId: m.user_id });
  const strip = <T extends { userId: string | null }>({ userId: _ignored, ...rest }: T) => rest;
  return {
    decisionId: decision.id,
    decisionStatus: decision.status,
    body: { id: body.id, name: body.name, type: body.type },
    receivers: spreads.map((s) => {
      const seenByUser = new Map(seen.filter((x) => x.spread_id === s.id).map((x) => [x.user_id, x.seen_at.toISOString()]));
      const split = seenSplit(
        members.filter((m) => m.body_id === s.body_id).map(memberRef),
        seenByUser,
      );
      return {
        spreadId: s.id,
        body: { id: s.body_id, name: s.body_name, type: s.body_type },
        spreadAt: s.spread_at.toISOString(),
        spreadBy: s.spread_by && s.spread_by_name ? { id: s.spread_by, name: s.spread_by_name } : null,
        seen: split.seen.map(strip),
        notSeen: split.notSeen.map(strip),
      };
    }),
    canSpread: decision.status === 'decided' && (await mayActForBody(db, ctx, decision.body_id)),
  };
}

/** Where a decision has been spread and, per receiving body, which members have seen it and when (AGR-8). */
export async function getDecisionSpread(db: Db, ctx: RequestContext, decisionId: string): Promise<DecisionSpreadView> {
  assertPermitted(ctx.actor, 'governance.read');
  const decision = found(await findDecisionById(db, decisionId));
  await assertCanReadBody(db, ctx, decision.body_id);
  return toSpreadView(db, ctx, decision);
}

/**
 * Spreads a decided decision to the bodies below the deciding one (AGR-8): its direct children, or
 * every body below when asked (see `SPREAD_SCOPES`). Spreading again reaches only bodies not yet
 * reached, so a later choice of all bodies below adds to the first.
 */
export async function spreadDecision(db: Db, ctx: RequestContext, decisionId: string, input: SpreadDecisionInput): Promise<DecisionSpreadView> {
  assertPermitted(ctx.actor, 'governance.read');
  await db.transaction().execute(async (trx) => {
    const decision = found(await findDecisionById(trx, decisionId, true));
    await assertMayActForBody(trx, ctx, decision.body_id);
    if (decision.status !== 'decided') throw new DomainError('decision_not_decided', { extra: { decisionStatus: decision.status } });
    const receivers = spreadReceivers(await findBodiesBelow(trx, decision.body_id), input.scope);
    if (receivers.length === 0) throw new DomainError('no_bodies_below');
    const added = await insertSpreads(trx, decisionId, receivers, userIdOf(ctx));
    if (added.length > 0) {
      await recordAudit(trx, ctx, {
        action: 'governance-decision.spread',
        entityType: 'governance_decision',
        entityId: decisionId,
        data: { scope: input.scope, bodyIds: [...added].sort() },
      });
    }
  });
  return toSpreadView(db, ctx, found(await findDecisionById(db, decisionId)));
}

async function receivedViews(db: Db, ctx: RequestContext, bodyId: string): Promise<ReceivedDecisionView[]> {
  const spreads = await findSpreadsToBody(db, bodyId);
  const userId = userIdOf(ctx);
  const [members, seen, mine] = await Promise.all([
    findActiveMembersOfBodies(db, [bodyId]),
    findSeen(
      db,
      spreads.map((s) => s.id),
    ),
    userId ? findActiveMembersOfUser(db, bodyId, userId) : Promise.resolve([]),
  ]);
  const memberUsers = new Set(members.flatMap((m) => (m.user_id ? [m.user_id] : [])));
  return spreads.map((s) => {
    const own = seen.filter((x) => x.spread_id === s.id);
    const byMe = own.find((x) => x.user_id === userId);
    return {
      spreadId: s.id,
      decision: { id: s.decision_id, text: s.decision_text, decidedAt: s.decided_at ? s.decided_at.toISOString() : null },
      fromBody: { id: s.from_body_id, name: s.from_body_name, type: s.from_body_type },
      spreadAt: s.spread_at.toISOString(),
      seenByMeAt: byMe ? byMe.seen_at.toISOString() : null,
      canMarkSeen: mine.length > 0,
      seenCount: own.filter((x) => memberUsers.has(x.user_id)).length,
      memberCount: members.length,
    };
  });
}

/** The decisions spread to a body, with whether the caller has seen each (AGR-8). */
export async function listReceivedDecisions(db: Db, ctx: RequestContext, bodyId: string): Promise<ReceivedDecisionsView> {
  await assertCanReadBody(db, ctx, bodyId);
  return { items: await receivedViews(db, ctx, bodyId) };
}

/**
 * A member of a receiving body marks a spread decision seen (AGR-8); who and when is kept. Only a
 * user sitting on the receiving body does, for themself; marking it again changes nothing.
 */
export async function markSpreadSeen(db: Db, ctx: RequestContext, spreadId: string): Promise<ReceivedDecisionView> {
  assertPermitted(ctx.actor, 'governance.read');
  const spread = found(await findSpreadById(db, spreadId));
  await db.transaction().execute(async (trx) => {
    const userId = userIdOf(ctx);
    const members = userId ? await findActiveMembersOfUser(trx, spread.body_id, userId) : [];
    const member = members[0];
    if (!userId || !member) {
      if (await isBodyInScope(trx, governanceReadScope(ctx), spread.body_id)) throw new DomainError('not_body_member');
      throw new DomainError('not_found');
    }
    if (await insertSeen(trx, { spread_id: spreadId, user_id: userId, member_id: member.id })) {
      await recordAudit(trx, ctx, {
        action: 'governance-decision.spread-seen',
        entityType: 'governance_decision',
        entityId: spread.decision_id,
        data: { spreadId, bodyId: spread.body_id, memberId: member.id },
      });
    }
  });
  return found((await receivedViews(db, ctx, spread.body_id)).find((v) => v.spreadId === spreadId));
}
