import type { AnnexView, CreateAnnexInput, CreateAnnexVersionInput } from '../../../shared/agreements/agreement.schemas';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findAgreementById, findAnnexById, insertAnnex, insertAnnexVersion } from './agreement.repository';
import { loadAnnexes } from './agreement.views';

async function annexView(db: Db, agreementId: string, annexId: string): Promise<AnnexView> {
  return found((await loadAnnexes(db, agreementId)).find((a) => a.id === annexId));
}

/** Adds an annex to an agreement with the next number (AGR-7); its content comes as versions. */
export async function createAnnex(db: Db, ctx: RequestContext, agreementId: string, input: CreateAnnexInput): Promise<AnnexView> {
  assertPermitted(ctx.actor, 'agreements.write');
  return db.transaction().execute((trx) => createAnnexIn(trx, ctx, agreementId, input));
}

/**
 * `createAnnex` inside a transaction the caller already holds, for another use case that adds an
 * annex as part of its own change (the annual cycle's adopted plan, IOP-7).
 */
export async function createAnnexIn(trx: Transaction<Database>, ctx: RequestContext, agreementId: string, input: CreateAnnexInput): Promise<AnnexView> {
  assertPermitted(ctx.actor, 'agreements.write');
  // Locked so that two annexes added at once do not take the same number.
  const agreement = found(await findAgreementById(trx, agreementId, true));
  if (agreement.status === 'terminated') throw new DomainError('agreement_signed');
  const id = await insertAnnex(trx, agreementId, input.title);
  const view = await annexView(trx, agreementId, id);
  await recordAudit(trx, ctx, {
    action: 'agreement.annex.created',
    entityType: 'agreement',
    entityId: agreementId,
    data: { annexId: id, number: view.number, title: input.title },
  });
  return view;
}

/** Adds a version of an annex with the decision that adopted it (AGR-7); earlier versions stay. */
export async function addAnnexVersion(db: Db, ctx: RequestContext, annexId: string, input: CreateAnnexVersionInput): Promise<AnnexView> {
  assertPermitted(ctx.actor, 'agreements.write');
  return db.transaction().execute((trx) => addAnnexVersionIn(trx, ctx, annexId, input));
}

/** `addAnnexVersion` inside a transaction the caller already holds (see `createAnnexIn`). */
export async function addAnnexVersionIn(trx: Transaction<Database>, ctx: RequestContext, annexId: string, input: CreateAnnexVersionInput): Promise<AnnexView> {
  assertPermitted(ctx.actor, 'agreements.write');
  const annex = found(await findAnnexById(trx, annexId, true));
  const number = await insertAnnexVersion(trx, annexId, {
    fileId: null,
    text: input.text ?? null,
    decisionReference: input.decisionReference,
    decidedOn: input.decidedOn,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await recordAudit(trx, ctx, {
    action: 'agreement.annex.versioned',
    entityType: 'agreement',
    entityId: annex.agreement_id,
    data: { annexId, number, decisionReference: input.decisionReference, decidedOn: input.decidedOn },
  });
  return annexView(trx, annex.agreement_id, annexId);
}
