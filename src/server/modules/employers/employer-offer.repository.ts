import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { EmployerOfferOutcomeCellTable, EmployerOfferTable } from '../../db/schema-employer-offers';

/** The cooperation an offer belongs to, with what decides whether offers may be added. */
export function findOfferCooperation(db: Db, id: string) {
  return db.selectFrom('cooperation').select(['id', 'form', 'status', 'case_number', 'title']).where('id', '=', id).executeTakeFirst();
}

/** The units among the codes, with their names; inactive ones only when asked. */
export function findUnits(db: Db, codes: readonly string[] | null, activeOnly = false) {
  let query = db.selectFrom('unit').select(['code', 'name_sv', 'name_en', 'active']).orderBy('sort_order').orderBy('code');
  if (codes !== null) {
    if (codes.length === 0) return Promise.resolve([]);
    query = query.where('code', 'in', [...codes]);
  }
  if (activeOnly) query = query.where('active', '=', true);
  return query.execute();
}

/** The active categories of gender and target group: the follow-up breakdowns (migration 0021). */
export function findOutcomeCategories(db: Db) {
  return db
    .selectFrom('measurement_category')
    .select(['dimension', 'code', 'name_sv', 'name_en', 'active'])
    .where('dimension', 'in', ['gender', 'target_group'])
    .orderBy('dimension')
    .orderBy('position')
    .execute();
}

/** Adds an offer; returns its id. */
export async function insertOffer(db: Db, values: Insertable<EmployerOfferTable>): Promise<string> {
  const row = await db.insertInto('employer_offer').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const offerColumns = [
  'o.id',
  'o.cooperation_id',
  'o.kind',
  'o.title',
  'o.description',
  'o.places',
  'o.start_date',
  'o.end_date',
  'o.unit_codes',
  'o.job_track_id',
  'o.status',
  'o.closed_at',
  'o.closed_reason',
  'o.closed_by',
  'o.version',
] as const;

/** The offers of a cooperation (or one offer), open first, then the newest start, with the names the view shows. */
export function findOffers(db: Db, where: { cooperationId?: string; offerId?: string; jobTrackId?: string }) {
  let query = db
    .selectFrom('employer_offer as o')
    .leftJoin('app_user as closer', 'closer.id', 'o.closed_by')
    .leftJoin('job_track as t', 't.id', 'o.job_track_id')
    .innerJoin('cooperation as c', 'c.id', 'o.cooperation_id')
    .select([...offerColumns, 'closer.name as closed_by_name', 't.title as track_title', 't.status as track_status', 'c.case_number', 'c.title as cooperation_title'])
    .orderBy('o.status', 'desc')
    .orderBy('o.start_date', 'desc')
    .orderBy('o.created_at', 'desc');
  if (where.cooperationId) query = query.where('o.cooperation_id', '=', where.cooperationId);
  if (where.offerId) query = query.where('o.id', '=', where.offerId);
  if (where.jobTrackId) query = query.where('o.job_track_id', '=', where.jobTrackId);
  return query.execute();
}

/** Locks an offer for a change. */
export function lockOffer(db: Db, id: string) {
  return db.selectFrom('employer_offer').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Closes an open offer still at the version; false when someone changed it first. */
export async function closeOfferIfVersion(db: Db, id: string, version: number, values: { closed_reason: string; closed_by: string | null }): Promise<boolean> {
  const result = await db
    .updateTable('employer_offer')
    .set({ ...values, status: 'closed', closed_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Closes every open offer of a cooperation; returns the ids and titles closed. */
export function closeOpenOffersOfCooperation(db: Db, cooperationId: string, values: { closed_reason: string; closed_by: string | null }) {
  return db
    .updateTable('employer_offer')
    .set((eb) => ({ ...values, status: 'closed' as const, closed_at: new Date(), version: eb('version', '+', 1) }))
    .where('cooperation_id', '=', cooperationId)
    .where('status', '=', 'open')
    .returning(['id', 'title'])
    .execute();
}

/** Marks the current outcome of the period superseded; returns its id, if there was one. */
export async function supersedeOutcome(db: Db, offerId: string, period: string): Promise<string | null> {
  const row = await db
    .updateTable('employer_offer_outcome')
    .set({ superseded_at: new Date() })
    .where('offer_id', '=', offerId)
    .where('period', '=', period)
    .where('superseded_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Records the outcome of a period with its cells; returns its id. */
export async function insertOutcome(
  db: Db,
  values: { offer_id: string; period: string; recorded_by: string | null },
  cells: Omit<EmployerOfferOutcomeCellTable, 'outcome_id'>[],
): Promise<string> {
  const row = await db.insertInto('employer_offer_outcome').values(values).returning('id').executeTakeFirstOrThrow();
  if (cells.length > 0) await db.insertInto('employer_offer_outcome_cell').values(cells.map((c) => ({ ...c, outcome_id: row.id }))).execute();
  return row.id;
}

/** The current outcomes of the offers with their cells, by period. */
export function findCurrentOutcomeCells(db: Db, offerIds: readonly string[]) {
  if (offerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('employer_offer_outcome as r')
    .innerJoin('employer_offer_outcome_cell as c', 'c.outcome_id', 'r.id')
    .select(['r.offer_id', 'r.period', 'r.recorded_at', 'c.measure', 'c.dimension', 'c.category', 'c.value'])
    .where('r.offer_id', 'in', [...offerIds])
    .where('r.superseded_at', 'is', null)
    .orderBy('r.period')
    .execute();
}
