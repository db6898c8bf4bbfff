import { checkOfferOutcome, OUTCOME_MEASURES, type OutcomeCounts, type OutcomeMeasure } from '../../../shared/employers/employer-offers.rules';
import type { CloseInput, CreateOfferInput, OfferList, OfferOutcomeInput, OfferView } from '../../../shared/employers/employer-offers.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import type { EmployerOfferOutcomeCellTable } from '../../db/schema-employer-offers';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { Language } from '../../http/language';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  closeOfferIfVersion,
  closeOpenOffersOfCooperation,
  findCurrentOutcomeCells,
  findOfferCooperation,
  findOffers,
  findOutcomeCategories,
  findUnits,
  insertOffer,
  insertOutcome,
  lockOffer,
  supersedeOutcome,
} from './employer-offer.repository';
import { lockJobTrack } from './job-track.repository';

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message, requirement: 'EMP-4' }] });
/** A cooperation that has ended (or been terminated at once, EMP-3) takes no new offers. */
const hasEnded = (status: string) => status === 'ended' || status === 'terminated';

const emptyCounts = (): OutcomeCounts => ({ total: 0, byGender: {}, byTargetGroup: {} });

type OfferRow = Awaited<ReturnType<typeof findOffers>>[number];

async function toViews(db: Db, rows: OfferRow[], language: Language): Promise<OfferView[]> {
  const [cells, units] = await Promise.all([findCurrentOutcomeCells(db, rows.map((r) => r.id)), findUnits(db, [...new Set(rows.flatMap((r) => r.unit_codes))])]);
  return rows.map((r) => {
    const byPeriod = new Map<string, { started: OutcomeCounts; employed: OutcomeCounts; recordedAt: string }>();
    for (const c of cells.filter((x) => x.offer_id === r.id)) {
      const entry = byPeriod.get(c.period) ?? { started: emptyCounts(), employed: emptyCounts(), recordedAt: c.recorded_at.toISOString() };
      byPeriod.set(c.period, entry);
      const counts = entry[c.measure];
      if (c.dimension === null || c.category === null) counts.total = c.value;
      else if (c.dimension === 'gender') counts.byGender[c.category] = c.value;
      else counts.byTargetGroup[c.category] = c.value;
    }
    const outcomes = [...byPeriod.entries()].map(([period, o]) => ({ period, ...o }));
    return {
      id: r.id,
      cooperationId: r.cooperation_id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      places: r.places,
      startDate: r.start_date,
      endDate: r.end_date,
      units: r.unit_codes.map((code) => {
        const unit = units.find((u) => u.code === code);
        return { code, name: unit ? (language === 'en' ? unit.name_en : unit.name_sv) : code };
      }),
      jobTrack: r.job_track_id && r.track_title && r.track_status ? { id: r.job_track_id, title: r.track_title, status: r.track_status } : null,
      status: r.status,
      closedAt: r.closed_at ? r.closed_at.toISOString() : null,
      closedReason: r.closed_reason,
      closedBy: r.closed_by && r.closed_by_name ? { id: r.closed_by, name: r.closed_by_name } : null,
      placesFilled: outcomes.reduce((sum, o) => sum + o.started.total, 0),
      outcomes,
      version: r.version,
    };
  });
}

async function loadOffer(db: Db, id: string, language: Language): Promise<OfferView> {
  const [view] = await toViews(db, await findOffers(db, { offerId: id }), language);
  return found(view);
}

/** The offers of a job partnership with their outcomes (EMP-4); open ones first. */
export async function listOffers(db: Db, ctx: RequestContext, cooperationId: string, language: Language): Promise<OfferList> {
  assertPermitted(ctx.actor, 'employers.read');
  found(await findOfferCooperation(db, cooperationId));
  const items = await toViews(db, await findOffers(db, { cooperationId }), language);
  const mayWrite = ctx.actor.kind === 'system' || hasPermission(rolesOf(ctx.actor), 'employers.write');
  return { items, mayWrite };
}

/**
 * Adds an offer to a job partnership (EMP-2, EMP-4): only a cooperation of form 'job_partnership'
 * that has not ended takes offers; the receiving units must be active units of the register, and
 * an offer of a job track names a track that has not ended.
 */
export async function createOffer(db: Db, ctx: RequestContext, cooperationId: string, input: CreateOfferInput, language: Language): Promise<OfferView> {
  assertPermitted(ctx.actor, 'employers.write');
  const id = await db.transaction().execute(async (trx) => {
    const cooperation = found(await findOfferCooperation(trx, cooperationId));
    if (cooperation.form !== 'job_partnership') throw new DomainError('offer_not_job_partnership');
    if (hasEnded(cooperation.status)) throw new DomainError('cooperation_ended');
    const unitCodes = [...new Set(input.unitCodes)];
    const units = await findUnits(trx, unitCodes, true);
    const unknown = unitCodes.find((code) => !units.some((u) => u.code === code));
    if (unknown !== undefined) throw invalid('unitCodes', 'validation.report.unknownUnit');
    if (input.jobTrackId) {
      const track = await lockJobTrack(trx, input.jobTrackId);
      if (!track) throw invalid('jobTrackId', 'validation.offer.jobTrack');
      if (track.status === 'ended') throw new DomainError('job_track_ended');
    }
    const values = {
      cooperation_id: cooperationId,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      places: input.places,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      unit_codes: unitCodes,
      job_track_id: input.jobTrackId ?? null,
      created_by: userIdOf(ctx),
    };
    const newId = await insertOffer(trx, values);
    await recordAudit(trx, ctx, { action: 'employer-offer.created', entityType: 'employer_offer', entityId: newId, after: values });
    return newId;
  });
  return loadOffer(db, id, language);
}

/** Closes an open offer by hand, with a reason (EMP-4). */
export async function closeOffer(db: Db, ctx: RequestContext, id: string, input: CloseInput, language: Language): Promise<OfferView> {
  assertPermitted(ctx.actor, 'employers.write');
  await db.transaction().execute(async (trx) => {
    const row = found(await lockOffer(trx, id));
    if (row.status === 'closed') throw new DomainError('offer_closed');
    if (!(await closeOfferIfVersion(trx, id, input.version, { closed_reason: input.reason, closed_by: userIdOf(ctx) }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'employer-offer.closed', entityType: 'employer_offer', entityId: id, before: { status: 'open' }, after: { status: 'closed', reason: input.reason } });
  });
  return loadOffer(db, id, language);
}

/**
 * Closes every open offer of a cooperation with the reason, each with an audit row (EMP-3): the
 * immediate termination of a job partnership calls it inside its own transaction, after checking
 * its own permission. Returns the ids of the offers closed.
 */
export async function closeOpenOffers(trx: Db, ctx: RequestContext, cooperationId: string, reason: string): Promise<string[]> {
  const closed = await closeOpenOffersOfCooperation(trx, cooperationId, { closed_reason: reason, closed_by: userIdOf(ctx) });
  for (const offer of closed) {
    await recordAudit(trx, ctx, {
      action: 'employer-offer.closed',
      entityType: 'employer_offer',
      entityId: offer.id,
      before: { status: 'open' },
      after: { status: 'closed', reason },
      data: { cooperationId },
    });
  }
  return closed.map((o) => o.id);
}

/**
 * Records an offer's outcomes for a half-year as aggregates by gender and target group (EMP-4,
 * AGR-6): the counts are checked by the follow-up's rules (400 naming the field otherwise), and
 * the recording supersedes the period's earlier one, which is kept.
 */
export async function recordOfferOutcome(db: Db, ctx: RequestContext, offerId: string, input: OfferOutcomeInput, language: Language): Promise<OfferView> {
  assertPermitted(ctx.actor, 'employers.write');
  await db.transaction().execute(async (trx) => {
    found(await lockOffer(trx, offerId));
    const categories = await findOutcomeCategories(trx);
    const codes = (dimension: string) => categories.filter((c) => c.dimension === dimension && c.active).map((c) => c.code);
    const problems = checkOfferOutcome({ started: input.started, employed: input.employed }, { genderCodes: codes('gender'), targetGroupCodes: codes('target_group') });
    if (problems.length > 0) throw new DomainError('validation_failed', { errors: problems.map((p) => ({ ...p, requirement: 'EMP-4' })) });
    const cells: Omit<EmployerOfferOutcomeCellTable, 'outcome_id'>[] = OUTCOME_MEASURES.flatMap((measure: OutcomeMeasure) => {
      const counts = input[measure];
      return [
        { measure, dimension: null, category: null, value: counts.total },
        ...Object.entries(counts.byGender).map(([category, value]) => ({ measure, dimension: 'gender' as const, category, value })),
        ...Object.entries(counts.byTargetGroup).map(([category, value]) => ({ measure, dimension: 'target_group' as const, category, value })),
      ];
    });
    const superseded = await supersedeOutcome(trx, offerId, input.period);
    const outcomeId = await insertOutcome(trx, { offer_id: offerId, period: input.period, recorded_by: userIdOf(ctx) }, cells);
    await recordAudit(trx, ctx, {
      action: 'employer-offer.outcome.recorded',
      entityType: 'employer_offer',
      entityId: offerId,
      after: { period: input.period, started: input.started, employed: input.employed },
      data: { outcomeId, supersededOutcomeId: superseded },
    });
  });
  return loadOffer(db, offerId, language);
}
