import {
  type PeriodHalf,
  parsePeriodKey,
  payeeProblems,
  payoutAmount,
  payoutProblem,
  periodKey,
  periodStart,
  rateForPeriod,
  totalAmount,
  type VidaPeriod,
} from '../../../shared/followup/vida.rules';
import type {
  CreateVidaPayoutInput,
  UpdateVidaPayoutInput,
  VidaCooperationView,
  VidaPayeeWarning,
  VidaPayoutList,
  VidaPayoutView,
} from '../../../shared/followup/vida.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import { type Actor, type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  deletePayout,
  findCooperationForPayout,
  findPartiesOf,
  findPayoutById,
  findPayoutsOfPeriod,
  findVidaCooperations,
  findVidaRates,
  insertPayout,
  isCooperationParty,
  updatePayoutIfVersion,
  type VidaPayoutListRow,
} from './vida.repository';

/** A period key the schema has checked; a malformed one is a 400 naming the field. */
function periodOf(key: string): VidaPeriod {
  const period = parsePeriodKey(key);
  if (!period) throw new DomainError('validation_failed', { errors: [{ path: 'period', message: 'validation.vida.period' }] });
  return period;
}

/** The view of a payout row. */
export function toPayoutView(row: VidaPayoutListRow): VidaPayoutView {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    caseNumber: row.case_number,
    cooperationTitle: row.cooperation_title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    orgNumber: row.org_number,
    bankgiro: row.bankgiro,
    plusgiro: row.plusgiro,
    period: periodKey({ year: row.period_year, half: row.period_half }),
    periodHalf: row.period_half,
    periodYear: row.period_year,
    periodStart: row.period_start,
    participants: row.participants,
    occasions: row.occasions,
    rateSek: Number(row.rate_sek),
    rateValidFrom: row.rate_valid_from,
    amountSek: Number(row.amount_sek),
    withinFrame: payoutProblem(row.occasions, null) === null,
    exception:
      row.exception_motivation !== null && row.exception_at_iso !== null
        ? { motivation: row.exception_motivation, byName: row.exception_by_name, at: row.exception_at_iso }
        : null,
    note: row.note,
    payeeProblems: payeeProblems({ orgNumber: row.org_number, bankgiro: row.bankgiro, plusgiro: row.plusgiro }),
    version: row.version,
  };
}

/** What the audit log keeps of a payout: its content and the rate used, not the names joined in. */
function audited(v: VidaPayoutView): Record<string, unknown> {
  return {
    cooperationId: v.cooperationId,
    organisationId: v.organisationId,
    period: v.period,
    participants: v.participants,
    occasions: v.occasions,
    rateSek: v.rateSek,
    rateValidFrom: v.rateValidFrom,
    amountSek: v.amountSek,
    exceptionMotivation: v.exception?.motivation ?? null,
    note: v.note,
  };
}

/** The associations to fix before the list goes to the finance system, each named once. */
export function warningsOf(items: readonly VidaPayoutView[]): VidaPayeeWarning[] {
  const byOrganisation = new Map<string, VidaPayeeWarning>();
  for (const item of items) {
    if (item.payeeProblems.length === 0 || byOrganisation.has(item.organisationId)) continue;
    byOrganisation.set(item.organisationId, { organisationId: item.organisationId, organisationName: item.organisationName, problems: item.payeeProblems });
  }
  return [...byOrganisation.values()];
}

/** One period's payout list with totals, the rate in force and warnings (FRM-5). */
export async function listPayouts(db: Db, ctx: RequestContext, key: string): Promise<VidaPayoutList> {
  assertPermitted(ctx.actor, 'vida.read');
  const period = periodOf(key);
  const [rows, rates] = await Promise.all([findPayoutsOfPeriod(db, period.year, period.half), findVidaRates(db)]);
  const items = rows.map(toPayoutView);
  return {
    period: periodKey(period),
    periodStart: periodStart(period),
    rate: rateForPeriod(rates, period),
    items,
    totals: {
      payouts: items.length,
      participants: items.reduce((n, i) => n + i.participants, 0),
      amountSek: totalAmount(items.map((i) => i.amountSek)),
    },
    warnings: warningsOf(items),
  };
}

/** The VIDA cooperations and their associations, for choosing whom a payout goes to. */
export async function listVidaCooperations(db: Db, ctx: RequestContext): Promise<VidaCooperationView[]> {
  assertPermitted(ctx.actor, 'vida.read');
  const cooperations = await findVidaCooperations(db);
  const parties = await findPartiesOf(db, cooperations.map((c) => c.id));
  return cooperations.map((c) => ({
    id: c.id,
    caseNumber: c.case_number,
    title: c.title,
    status: c.status,
    responsibleManagerId: c.responsible_manager_id,
    responsibleManagerName: c.manager_name,
    associations: parties
      .filter((p) => p.cooperation_id === c.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        orgNumber: p.org_number,
        bankgiro: p.bankgiro,
        plusgiro: p.plusgiro,
        payeeProblems: payeeProblems({ orgNumber: p.org_number, bankgiro: p.bankgiro, plusgiro: p.plusgiro }),
      })),
  }));
}

/**
 * Only a manager records an exception to the 8–15 frame, and where the cooperation names its
 * responsible manager, only that manager (FRM-5); an API token cannot, as the exception is signed by a person.
 */
function assertMayRecordException(actor: Actor, responsibleManagerId: string | null): string {
  if (!hasPermission(rolesOf(actor), 'vida.exception') || actor.kind !== 'user') {
    throw new DomainError('vida_exception_manager_only', { errors: [{ path: 'exceptionMotivation', message: 'validation.vida.exceptionManagerOnly' }] });
  }
  if (responsibleManagerId !== null && responsibleManagerId !== actor.userId) {
    throw new DomainError('vida_exception_manager_only', { errors: [{ path: 'exceptionMotivation', message: 'validation.vida.exceptionResponsibleOnly' }] });
  }
  return actor.userId;
}

/** Refuses a period outside the frame without an exception, and an exception inside it. */
function assertFrame(occasions: number, motivation: string | null): void {
  const problem = payoutProblem(occasions, motivation);
  if (problem === 'outside_frame') {
    throw new DomainError('vida_outside_frame', { errors: [{ path: 'occasions', message: 'validation.vida.occasions' }] });
  }
  if (problem === 'exception_not_needed') {
    throw new DomainError('validation_failed', { errors: [{ path: 'exceptionMotivation', message: 'validation.vida.exceptionNotNeeded' }] });
  }
}

/** The cooperation of a payout, which must be a VIDA cooperation that has not ended, with the association as its party. */
async function payableCooperation(db: Db, cooperationId: string, organisationId: string) {
  const cooperation = await findCooperationForPayout(db, cooperationId);
  if (!cooperation || cooperation.form !== 'vida') {
    throw new DomainError('validation_failed', { errors: [{ path: 'cooperationId', message: 'validation.vida.notVida' }] });
  }
  if (!(await isCooperationParty(db, cooperationId, organisationId))) {
    throw new DomainError('validation_failed', { errors: [{ path: 'organisationId', message: 'validation.vida.notParty' }] });
  }
  return cooperation;
}

/**
 * Registers an association's payout for a semester (FRM-5): participants × the rate in force on
 * the semester's first day, stored with that rate; outside 8–15 occasions only with a manager's exception.
 */
export async function createPayout(db: Db, ctx: RequestContext, input: CreateVidaPayoutInput): Promise<VidaPayoutView> {
  assertPermitted(ctx.actor, 'vida.write');
  const period = periodOf(input.period);
  const motivation = input.exceptionMotivation ?? null;
  return db.transaction().execute(async (trx) => {
    const cooperation = await payableCooperation(trx, input.cooperationId, input.organisationId);
    const exceptionBy = motivation !== null ? assertMayRecordException(ctx.actor, cooperation.responsible_manager_id) : null;
    assertFrame(input.occasions, motivation);
    const rate = rateForPeriod(await findVidaRates(trx), period);
    if (!rate) throw new DomainError('vida_rate_missing', { errors: [{ path: 'period', message: 'validation.vida.noRate' }] });
    const id = await insertPayout(trx, {
      cooperationId: input.cooperationId,
      organisationId: input.organisationId,
      year: period.year,
      half: period.half as PeriodHalf,
      periodStart: periodStart(period),
      participants: input.participants,
      occasions: input.occasions,
      rateSek: rate.amountSek,
      rateValidFrom: rate.validFrom,
      amountSek: payoutAmount(input.participants, rate.amountSek),
      exception: motivation !== null ? { motivation, by: exceptionBy } : null,
      note: input.note ?? null,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (!id) throw new DomainError('vida_payout_exists', { errors: [{ path: 'organisationId', message: 'validation.vida.payoutExists' }] });
    const view = toPayoutView(found(await findPayoutById(trx, id)));
    await recordAudit(trx, ctx, { action: 'vida-payout.created', entityType: 'vida_payout', entityId: id, after: audited(view) });
    return view;
  });
}

/**
 * Corrects a payout's participants, occasions, note or exception; the amount is recomputed with
 * the rate stored when it was registered, so a later rate never changes it (FRM-5).
 */
export async function updatePayout(db: Db, ctx: RequestContext, id: string, input: UpdateVidaPayoutInput): Promise<VidaPayoutView> {
  assertPermitted(ctx.actor, 'vida.write');
  return db.transaction().execute(async (trx) => {
    const current = found(await findPayoutById(trx, id));
    const before = toPayoutView(current);
    const participants = input.participants ?? current.participants;
    const occasions = input.occasions ?? current.occasions;
    const motivation = input.exceptionMotivation !== undefined ? input.exceptionMotivation : current.exception_motivation;
    const exceptionChanged = motivation !== null && motivation !== current.exception_motivation;
    let exceptionBy: string | null = current.exception_by;
    if (exceptionChanged) {
      const cooperation = found(await findCooperationForPayout(trx, current.cooperation_id));
      exceptionBy = assertMayRecordException(ctx.actor, cooperation.responsible_manager_id);
    }
    assertFrame(occasions, motivation);
    const ok = await updatePayoutIfVersion(trx, id, input.version, {
      participants,
      occasions,
      amountSek: payoutAmount(participants, Number(current.rate_sek)),
      note: input.note !== undefined ? input.note : current.note,
      exception: motivation !== null ? { motivation, by: exceptionBy, keepStamp: !exceptionChanged } : null,
    });
    if (!ok) throw new DomainError('version_conflict');
    const after = toPayoutView(found(await findPayoutById(trx, id)));
    await recordAudit(trx, ctx, { action: 'vida-payout.updated', entityType: 'vida_payout', entityId: id, before: audited(before), after: audited(after) });
    return after;
  });
}

/** Removes a payout registered by mistake; the audit log keeps what it was. */
export async function removePayout(db: Db, ctx: RequestContext, id: string, version: number): Promise<void> {
  assertPermitted(ctx.actor, 'vida.write');
  await db.transaction().execute(async (trx) => {
    const current = found(await findPayoutById(trx, id));
    if (current.version !== version) throw new DomainError('version_conflict');
    await deletePayout(trx, id);
    await recordAudit(trx, ctx, { action: 'vida-payout.deleted', entityType: 'vida_payout', entityId: id, before: audited(toPayoutView(current)) });
  });
}
