import { decisionStatus, defaultDecisionParties } from '../../../shared/governance/decision.rules';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { settlePlanOfDecisionIn } from '../followup/plan-adoption.service';
import { findDecisions, findVotes, setDecisionStatus } from './meeting.repository';
import {
  existingOrganisationIds,
  findAdministrationOrganisationIds,
  findAgreementPartyIds,
  findCooperationPartnerIds,
  findPartyOrganisationIds,
} from './party.repository';

const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message }] });

/** The parties a body gets from the cooperations it governs unless they are named (IOP-6). */
export async function defaultPartiesOf(trx: Db, cooperationIds: readonly string[]): Promise<string[]> {
  if (cooperationIds.length === 0) return [];
  const [partners, agreementParties] = await Promise.all([findCooperationPartnerIds(trx, cooperationIds), findAgreementPartyIds(trx, cooperationIds)]);
  const partnerSet = new Set(partners);
  // Only looked up when no agreement of these cooperations names the city yet.
  const administration = agreementParties.some((id) => !partnerSet.has(id)) ? [] : await findAdministrationOrganisationIds(trx);
  return defaultDecisionParties({ partners, agreementParties, administration });
}

/**
 * Checks a named list of parties: every organisation is in the register, and the partners of the
 * cooperations the body governs stay parties — leaving one out would let the others decide
 * without it (IOP-6: no party decides alone).
 */
export async function assertPartiesValid(trx: Db, organisationIds: readonly string[], cooperationIds: readonly string[]): Promise<void> {
  const existing = await existingOrganisationIds(trx, organisationIds);
  const unknown = organisationIds.findIndex((id) => !existing.has(id));
  if (unknown >= 0) throw invalid(`partyOrganisationIds.${unknown}`, 'validation.organisation.unknown');
  const chosen = new Set(organisationIds);
  const partners = await findCooperationPartnerIds(trx, cooperationIds);
  if (partners.some((id) => !chosen.has(id))) throw invalid('partyOrganisationIds', 'validation.parties.cooperationPartner');
}

/**
 * Settles the body's proposed decisions after its parties changed: a decision every party has
 * now approved is decided, one a party has rejected is rejected (IOP-6). Each change is audited,
 * and a plan proposed by a settled decision is adopted or sent back with it (IOP-7).
 */
export async function settleOpenDecisions(trx: Transaction<Database>, ctx: RequestContext, bodyId: string): Promise<void> {
  const open = (await findDecisions(trx, { bodyId })).filter((d) => d.status === 'proposed');
  if (open.length === 0) return;
  const parties = await findPartyOrganisationIds(trx, bodyId);
  const votes = await findVotes(
    trx,
    open.map((d) => d.id),
  );
  for (const decision of open) {
    const cast = votes.filter((v) => v.decision_id === decision.id).map((v) => ({ organisationId: v.organisation_id, vote: v.vote }));
    const status = decisionStatus(parties, cast);
    if (status === decision.status) continue;
    await setDecisionStatus(trx, decision.id, status, new Date());
    await settlePlanOfDecisionIn(trx, ctx, decision.id, status);
    await recordAudit(trx, ctx, {
      action: 'governance-decision.settled',
      entityType: 'governance_decision',
      entityId: decision.id,
      before: { status: decision.status },
      after: { status },
      data: { reason: 'parties-changed', partyOrganisationIds: [...parties].sort() },
    });
  }
}
