import { type Insertable, sql } from 'kysely';
import { DEVIATION_UNHANDLED_LIMIT_DAYS, daysBefore, type RoutingFacts } from '../../../shared/deviations/deviation.rules';
import type { DeviationQuery } from '../../../shared/deviations/deviation.schemas';
import type { Db } from '../../db/database';
import type { DeviationActionRow, DeviationRow, DeviationTable } from '../../db/schema-deviations';

/** What routing reads of a cooperation: its form, parties' organisation numbers, linked bodies and responsible manager. */
export async function findRoutingFacts(db: Db, cooperationId: string): Promise<RoutingFacts | null> {
  const cooperation = await db.selectFrom('cooperation').select(['form', 'responsible_manager_id']).where('id', '=', cooperationId).executeTakeFirst();
  if (!cooperation) return null;
  const [parties, bodies] = await Promise.all([
    db
      .selectFrom('cooperation_party as p')
      .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
      .select('o.org_number')
      .where('p.cooperation_id', '=', cooperationId)
      .execute(),
    db
      .selectFrom('governance_body_cooperation as bc')
      .innerJoin('governance_body as b', 'b.id', 'bc.body_id')
      .select(['b.id', 'b.type', 'b.status'])
      .where('bc.cooperation_id', '=', cooperationId)
      .orderBy('b.created_at')
      .orderBy('b.id')
      .execute(),
  ]);
  return { form: cooperation.form, responsibleManagerId: cooperation.responsible_manager_id, partyOrgNumbers: parties.map((p) => p.org_number), bodies };
}

/** A governance body with the cooperations it is linked to. */
export async function findBodyWithCooperations(db: Db, id: string): Promise<{ id: string; type: string; cooperationIds: string[] } | null> {
  const body = await db.selectFrom('governance_body').select(['id', 'type']).where('id', '=', id).executeTakeFirst();
  if (!body) return null;
  const links = await db.selectFrom('governance_body_cooperation').select('cooperation_id').where('body_id', '=', id).orderBy('cooperation_id').execute();
  return { ...body, cooperationIds: links.map((l) => l.cooperation_id) };
}

/** Whether a cooperation exists. */
export async function cooperationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('cooperation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether an active user exists. */
export async function activeUserExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('app_user').select('id').where('id', '=', id).where('status', '=', 'active').executeTakeFirst()) !== undefined;
}

/** A joint decision of a governance body. */
export function findGovernanceDecision(db: Db, id: string): Promise<{ id: string; body_id: string; text: string } | undefined> {
  return db.selectFrom('governance_decision').select(['id', 'body_id', 'text']).where('id', '=', id).executeTakeFirst();
}

/** Inserts a deviation and returns its id. */
export async function insertDeviation(db: Db, values: Omit<Insertable<DeviationTable>, 'id'>): Promise<string> {
  return (await db.insertInto('deviation').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** A deviation with the names the views show. */
export type DeviationWithNames = DeviationRow & {
  case_number: string | null;
  cooperation_title: string | null;
  body_name: string | null;
  body_type: string | null;
  routed_body_name: string | null;
  routed_body_type: string | null;
  routed_user_name: string | null;
  reported_by_name: string | null;
  decided_by_name: string | null;
  closed_by_name: string | null;
  governance_decision_text: string | null;
  overdue: boolean;
};

function selectDeviations(db: Db, today: string) {
  const unhandledBefore = daysBefore(today, DEVIATION_UNHANDLED_LIMIT_DAYS);
  return db
    .selectFrom('deviation as d')
    .leftJoin('cooperation as c', 'c.id', 'd.cooperation_id')
    .leftJoin('governance_body as b', 'b.id', 'd.body_id')
    .leftJoin('governance_body as rb', 'rb.id', 'd.routed_body_id')
    .leftJoin('app_user as ru', 'ru.id', 'd.routed_user_id')
    .leftJoin('app_user as rep', 'rep.id', 'd.reported_by')
    .leftJoin('app_user as dec', 'dec.id', 'd.decided_by')
    .leftJoin('app_user as clo', 'clo.id', 'd.closed_by')
    .leftJoin('governance_decision as gd', 'gd.id', 'd.governance_decision_id')
    .selectAll('d')
    .select([
      'c.case_number',
      'c.title as cooperation_title',
      'b.name as body_name',
      'b.type as body_type',
      'rb.name as routed_body_name',
      'rb.type as routed_body_type',
      'ru.name as routed_user_name',
      'rep.name as reported_by_name',
      'dec.name as decided_by_name',
      'clo.name as closed_by_name',
      'gd.text as governance_decision_text',
      sql<boolean>`(d.status <> 'closed' AND (
        EXISTS (SELECT 1 FROM deviation_action a WHERE a.deviation_id = d.id AND NOT a.done AND a.due_date < ${today}::date)
        OR (d.status = 'reported' AND d.reported_on < ${unhandledBefore}::date)))`.as('overdue'),
    ]);
}

/** One deviation with names and its overdue flag. */
export function findDeviation(db: Db, id: string, today: string): Promise<DeviationWithNames | undefined> {
  return selectDeviations(db, today).where('d.id', '=', id).executeTakeFirst();
}

/** Locks a deviation's row for a change. */
export async function lockDeviation(db: Db, id: string): Promise<DeviationRow | undefined> {
  return db.selectFrom('deviation').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Deviations matching the filters, newest first; `organisationId` keeps them to the cooperations
 * where that organisation is a party (a partner's view).
 */
export async function findDeviations(db: Db, q: DeviationQuery, today: string, organisationId: string | null, limit = 1000): Promise<DeviationWithNames[]> {
  let query = selectDeviations(db, today);
  if (q.status) query = query.where('d.status', '=', q.status);
  if (q.severity) query = query.where('d.severity', '=', q.severity);
  if (q.cooperationId) query = query.where('d.cooperation_id', '=', q.cooperationId);
  if (organisationId) {
    query = query.where('d.cooperation_id', 'in', db.selectFrom('cooperation_party').select('cooperation_id').where('organisation_id', '=', organisationId));
  }
  const rows = await query.orderBy('d.reported_at', 'desc').orderBy('d.id').limit(limit).execute();
  if (q.overdue === undefined) return rows;
  return rows.filter((r) => r.overdue === (q.overdue === 'true'));
}

/** Updates a deviation when its version still matches; false when someone else changed it first. */
export async function updateDeviationIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Pick<DeviationRow, 'status' | 'decision' | 'governance_decision_id' | 'decided_by' | 'decided_at' | 'conclusion' | 'closed_by' | 'closed_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('deviation')
    .set({ ...changes, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Actions of deviations with their owners' names, by due date. */
export function findActions(db: Db, deviationIds: string[]): Promise<(DeviationActionRow & { owner_name: string })[]> {
  if (deviationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('deviation_action as a')
    .innerJoin('app_user as u', 'u.id', 'a.owner_user_id')
    .selectAll('a')
    .select('u.name as owner_name')
    .where('a.deviation_id', 'in', deviationIds)
    .orderBy('a.due_date')
    .orderBy('a.created_at')
    .execute();
}

/** Inserts an action on a deviation. */
export async function insertAction(db: Db, values: { deviation_id: string; text: string; owner_user_id: string; due_date: string; created_by: string | null }): Promise<string> {
  return (await db.insertInto('deviation_action').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** One action of a deviation. */
export function findAction(db: Db, deviationId: string, id: string): Promise<DeviationActionRow | undefined> {
  return db.selectFrom('deviation_action').selectAll().where('id', '=', id).where('deviation_id', '=', deviationId).executeTakeFirst();
}

/** Marks an action done or not when its version still matches. */
export async function updateActionIfVersion(db: Db, id: string, version: number, done: boolean): Promise<boolean> {
  const result = await db
    .updateTable('deviation_action')
    .set({ done, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Bumps a deviation's version after a change to its actions, so concurrent edits are noticed. */
export async function touchDeviationIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  return updateDeviationIfVersion(db, id, version, {});
}
