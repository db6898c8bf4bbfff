import { decisionStatus, isDecisionParty, type Vote } from '../../../shared/governance/decision.rules';
import type { CreateDecisionInput, DecisionView } from '../../../shared/governance/governance.schemas';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { GovernanceDecisionRow } from '../../db/schema-governance';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findDecisionApproverUserIds } from '../notifications/notification-recipients.repository';
import { notify, type NotifyOptions } from '../notifications/notify';
import { settlePlanOfDecisionIn } from '../followup/plan-adoption.service';
import { findActiveMembersOfUser, findBodyById } from './governance.repository';
import { toDecisionViews } from './governance.views';
import { findDecisionById, findMeetingById, findVotes, insertDecision, insertVote, setDecisionStatus } from './meeting.repository';
import { findPartyOrganisationIds } from './party.repository';

async function decisionView(trx: Db, decision: GovernanceDecisionRow): Promise<DecisionView> {
  const [view] = await toDecisionViews(trx, [decision], await findPartyOrganisationIds(trx, decision.body_id));
  return found(view);
}

/** Proposes a decision in a body, optionally at one of its meetings; it waits for every party's approval (IOP-6). */
export async function proposeDecision(db: Db, ctx: RequestContext, bodyId: string, input: CreateDecisionInput, options: NotifyOptions): Promise<DecisionView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute((trx) => proposeDecisionIn(trx, ctx, bodyId, input, options));
}

/**
 * `proposeDecision` inside a transaction the caller already holds, for another use case that puts
 * its own matter to a body's joint decision (proposing an activity plan for adoption, IOP-6).
 * Each member who must approve it is notified in the same transaction.
 */
export async function proposeDecisionIn(
  trx: Transaction<Database>,
  ctx: RequestContext,
  bodyId: string,
  input: CreateDecisionInput,
  options: NotifyOptions,
): Promise<DecisionView> {
  assertPermitted(ctx.actor, 'governance.write');
  const body = found(await findBodyById(trx, bodyId, ctx.today, true));
  if (body.status === 'closed') throw new DomainError('governance_body_closed');
  if (input.meetingId) {
    const meeting = await findMeetingById(trx, input.meetingId);
    if (meeting?.body_id !== bodyId) {
      throw new DomainError('validation_failed', { errors: [{ path: 'meetingId', message: 'validation.meeting.unknown' }] });
    }
  }
  const id = await insertDecision(trx, {
    body_id: bodyId,
    meeting_id: input.meetingId ?? null,
    text: input.text,
    proposed_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await recordAudit(trx, ctx, {
    action: 'governance-decision.proposed',
    entityType: 'governance_decision',
    entityId: id,
    after: { bodyId, meetingId: input.meetingId ?? null, text: input.text, status: 'proposed' },
  });
  await notify(
    trx,
    { type: 'decision_awaiting_approval', recipients: await findDecisionApproverUserIds(trx, id), actor: ctx.actor, summary: `${body.name}: ${input.text}`, link: `/styrgrupper/${bodyId}` },
    options,
  );
  return decisionView(trx, found(await findDecisionById(trx, id)));
}

/**
 * Records the caller's approval or rejection of a proposed decision for the organisation of the
 * body member they are linked to, then settles its status (IOP-6: no party decides alone). Only a
 * user linked to an active member of the decision's body may vote (403 otherwise), and only for an
 * organisation that is a party of the body's decisions: a member from another organisation takes
 * part without a vote (403 not_decision_party), so it can neither hold a decision up nor stop it.
 * A decision already decided or rejected is closed (409), and each member votes once (409).
 */
export async function voteOnDecision(db: Db, ctx: RequestContext, decisionId: string, vote: Vote): Promise<DecisionView> {
  assertPermitted(ctx.actor, 'decisions.approve');
  const actor = ctx.actor;
  return db.transaction().execute(async (trx) => {
    // Locked so that two parties approving at once are counted one after the other.
    const before = found(await findDecisionById(trx, decisionId, true));
    const members = actor.kind === 'user' ? await findActiveMembersOfUser(trx, before.body_id, actor.userId) : [];
    if (members.length === 0) throw new DomainError('forbidden');
    const parties = await findPartyOrganisationIds(trx, before.body_id);
    const member = members.find((m) => isDecisionParty(parties, m.organisation_id));
    if (!member) throw new DomainError('not_decision_party');
    if (before.status !== 'proposed') throw new DomainError('decision_closed', { extra: { decisionStatus: before.status } });
    const previous = await findVotes(trx, [decisionId]);
    if (previous.some((v) => v.member_id === member.id)) throw new DomainError('vote_already_cast');
    await insertVote(trx, {
      decision_id: decisionId,
      member_id: member.id,
      organisation_id: member.organisation_id,
      vote,
      user_id: actor.kind === 'user' ? actor.userId : null,
      at: new Date(),
    });
    const votes = [...previous.map((v) => ({ organisationId: v.organisation_id, vote: v.vote })), { organisationId: member.organisation_id, vote }];
    const status = decisionStatus(parties, votes);
    if (status !== before.status) await setDecisionStatus(trx, decisionId, status, new Date());
    await recordAudit(trx, ctx, {
      action: vote === 'approve' ? 'governance-decision.approved' : 'governance-decision.rejected',
      entityType: 'governance_decision',
      entityId: decisionId,
      before: { status: before.status },
      after: { status },
      data: { memberId: member.id, organisationId: member.organisation_id, vote },
    });
    // A plan proposed by this decision is adopted or sent back in the same transaction (IOP-6, IOP-7).
    if (status !== before.status) await settlePlanOfDecisionIn(trx, ctx, decisionId, status);
    return decisionView(trx, found(await findDecisionById(trx, decisionId)));
  });
}
