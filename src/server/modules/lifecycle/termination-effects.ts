import type { CooperationForm } from '../../../shared/cooperations/forms';
import type { Db } from '../../db/database';
import type { CooperationTerminationRow } from '../../db/schema-lifecycle';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { insertControlResets } from '../employers/control-check.repository';
import { closeOpenOffers } from '../employers/employer-offer.service';
import { findEmployerParties, findResponsibleForEmployers } from '../employers/job-partnership.repository';
import { notify, type NotifyOptions } from '../notifications/notify';

/** What an effect knows of the ending: the cooperation, the termination and what the audit keeps of it. */
export type TerminationEffectInput = {
  cooperation: { id: string; caseNumber: string; title: string; form: string };
  termination: CooperationTerminationRow;
  audited: Record<string, unknown>;
  options: NotifyOptions;
};

/** One thing that happens, in the ending's own transaction, when a cooperation of a form ends. */
export type TerminationEffect = (trx: Db, ctx: RequestContext, input: TerminationEffectInput) => Promise<void>;

/**
 * EMP-3: a rescinded job partnership resets its employers' controls — every earlier check counts
 * for nothing, so a new partnership needs a fresh, full control round — with an audit row per
 * employer carrying the reason and the evidence.
 */
const resetEmployerControls: TerminationEffect = async (trx, ctx, { cooperation, termination, audited }) => {
  if (termination.kind !== 'rescission') return;
  const employers = await findEmployerParties(trx, cooperation.id);
  await insertControlResets(
    trx,
    employers.map((e) => ({ organisationId: e.id, cooperationId: cooperation.id, reason: termination.reason, createdBy: termination.created_by })),
  );
  for (const employer of employers) {
    await recordAudit(trx, ctx, {
      action: 'employer-control.reset',
      entityType: 'organisation',
      entityId: employer.id,
      data: { ...audited, cooperationId: cooperation.id, caseNumber: cooperation.caseNumber },
    });
  }
};

/** EMP-3: those responsible for the partnership and its employers are told at once. */
const notifyRescission: TerminationEffect = async (trx, ctx, { cooperation, termination, options }) => {
  if (termination.kind !== 'rescission') return;
  const employers = await findEmployerParties(trx, cooperation.id);
  const recipients = await findResponsibleForEmployers(
    trx,
    cooperation.id,
    employers.map((e) => e.id),
  );
  const names = employers.map((e) => e.name).join(', ');
  await notify(
    trx,
    {
      type: 'job_partnership_rescinded',
      recipients,
      actor: ctx.actor,
      summary: `${cooperation.caseNumber} ${names || cooperation.title}: ${termination.reason}`,
      link: `/samverkan/${cooperation.id}`,
    },
    options,
  );
};

/** EMP-3, EMP-4: an ended partnership offers nothing more — its open offers close with the ending's reason. */
const closeOffers: TerminationEffect = async (trx, ctx, { cooperation, termination }) => {
  await closeOpenOffers(trx, ctx, cooperation.id, termination.reason);
};

/**
 * What else happens when a cooperation of a form ends, beyond the status, the agreements and the
 * audit that every ending has. A new consequence of a form's ending is added here.
 */
export const TERMINATION_EFFECTS: Partial<Record<CooperationForm, readonly TerminationEffect[]>> = {
  job_partnership: [closeOffers, resetEmployerControls, notifyRescission],
};

/** Runs the effects of the cooperation's form inside the caller's transaction, in order. */
export async function runTerminationEffects(trx: Db, ctx: RequestContext, input: TerminationEffectInput): Promise<void> {
  for (const effect of TERMINATION_EFFECTS[input.cooperation.form as CooperationForm] ?? []) await effect(trx, ctx, input);
}
