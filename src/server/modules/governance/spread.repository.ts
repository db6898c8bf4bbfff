import { sql } from 'kysely';
import type { BodyBelow } from '../../../shared/governance/questions.rules';
import type { Db } from '../../db/database';
import type { GovernanceDecisionSpreadRow } from '../../db/schema-governance-questions';

/** Every body below a body through `reports_to_id`, with its depth (bounded, so a bad row cannot loop). */
export async function findBodiesBelow(db: Db, bodyId: string): Promise<BodyBelow[]> {
  const result = await sql<BodyBelow>`
    WITH RECURSIVE below(id, depth, status) AS (
      SELECT id, 1, status FROM governance_body WHERE reports_to_id = ${bodyId}
      UNION ALL
      SELECT b.id, below.depth + 1, b.status FROM governance_body b JOIN below ON b.reports_to_id = below.id
      WHERE below.depth < 50
    )
    SELECT id, depth, status FROM below ORDER BY depth`.execute(db);
  return result.rows.map((r) => ({ id: r.id, depth: Number(r.depth), status: r.status }));
}

/** Records a decision as spread to bodies; bodies it already reached are left as they were. Returns the bodies newly reached. */
export async function insertSpreads(db: Db, decisionId: string, bodyIds: readonly string[], spreadBy: string | null): Promise<string[]> {
  if (bodyIds.length === 0) return [];
  const rows = await db
    .insertInto('governance_decision_spread')
    .values(bodyIds.map((body_id) => ({ decision_id: decisionId, body_id, spread_by: spreadBy })))
    .onConflict((oc) => oc.columns(['decision_id', 'body_id']).doNothing())
    .returning('body_id')
    .execute();
  return rows.map((r) => r.body_id);
}

/** A spread with the names its view shows. */
export type SpreadWithNames = GovernanceDecisionSpreadRow & { body_name: string; body_type: string; spread_by_name: string | null };

/** The bodies a decision has been spread to, by name. */
export function findSpreadsOfDecision(db: Db, decisionId: string): Promise<SpreadWithNames[]> {
  return db
    .selectFrom('governance_decision_spread as s')
    .innerJoin('governance_body as b', 'b.id', 's.body_id')
    .leftJoin('app_user as u', 'u.id', 's.spread_by')
    .selectAll('s')
    .select(['b.name as body_name', 'b.type as body_type', 'u.name as spread_by_name'])
    .where('s.decision_id', '=', decisionId)
    .orderBy('b.name')
    .orderBy('s.id')
    .execute();
}

/** One spread. */
export function findSpreadById(db: Db, id: string): Promise<GovernanceDecisionSpreadRow | undefined> {
  return db.selectFrom('governance_decision_spread').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An active member of a receiving body, as the spread view lists it. */
export type ReceivingMember = { member_id: string; body_id: string; name: string; user_id: string | null; organisation_name: string };

/** The active members of the given bodies, by name. */
export function findActiveMembersOfBodies(db: Db, bodyIds: readonly string[]): Promise<ReceivingMember[]> {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['m.id as member_id', 'm.body_id', 'm.name', 'm.user_id', 'o.name as organisation_name'])
    .where('m.body_id', 'in', bodyIds)
    .where('m.active', '=', true)
    .orderBy('m.name')
    .orderBy('m.id')
    .execute();
}

/** Who has marked the given spreads seen, and when. */
export function findSeen(db: Db, spreadIds: readonly string[]): Promise<{ spread_id: string; user_id: string; seen_at: Date }[]> {
  if (spreadIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('governance_decision_spread_seen').select(['spread_id', 'user_id', 'seen_at']).where('spread_id', 'in', spreadIds).execute();
}

/** Records that a member's user has seen a spread decision; false when it was already recorded. */
export async function insertSeen(db: Db, values: { spread_id: string; user_id: string; member_id: string }): Promise<boolean> {
  const rows = await db
    .insertInto('governance_decision_spread_seen')
    .values(values)
    .onConflict((oc) => oc.columns(['spread_id', 'user_id']).doNothing())
    .returning('spread_id')
    .execute();
  return rows.length > 0;
}

/** A decision spread to a body, with the deciding body and the decision's text. */
export type ReceivedSpread = {
  id: string;
  spread_at: Date;
  decision_id: string;
  decision_text: string;
  decided_at: Date | null;
  from_body_id: string;
  from_body_name: string;
  from_body_type: string;
};

/** The decisions spread to a body, newest first. */
export function findSpreadsToBody(db: Db, bodyId: string): Promise<ReceivedSpread[]> {
  return db
    .selectFrom('governance_decision_spread as s')
    .innerJoin('governance_decision as d', 'd.id', 's.decision_id')
    .innerJoin('governance_body as f', 'f.id', 'd.body_id')
    .select([
      's.id',
      's.spread_at',
      'd.id as decision_id',
      'd.text as decision_text',
      'd.decided_at',
      'f.id as from_body_id',
      'f.name as from_body_name',
      'f.type as from_body_type',
    ])
    .where('s.body_id', '=', bodyId)
    .orderBy('s.spread_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(500)
    .execute();
}

/** A spread decision a user has not yet seen, for the work queue. */
export type UnseenSpreadItem = { id: string; spread_at: Date; body_id: string; body_name: string; decision_text: string; from_body_name: string };

/** Spread decisions the user, an active member of the receiving body, has not marked seen, oldest first. */
export function findUnseenSpreadsFor(db: Db, userId: string): Promise<UnseenSpreadItem[]> {
  return db
    .selectFrom('governance_decision_spread as s')
    .innerJoin('governance_body as b', 'b.id', 's.body_id')
    .innerJoin('governance_decision as d', 'd.id', 's.decision_id')
    .innerJoin('governance_body as f', 'f.id', 'd.body_id')
    .select(['s.id', 's.spread_at', 's.body_id', 'b.name as body_name', 'd.text as decision_text', 'f.name as from_body_name'])
    .where('b.status', '=', 'active')
    .where((eb) =>
      eb.and([
        eb.exists(
          eb
            .selectFrom('governance_member as m')
            .select('m.id')
            .whereRef('m.body_id', '=', 's.body_id')
            .where('m.user_id', '=', userId)
            .where('m.active', '=', true),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('governance_decision_spread_seen as seen')
              .select('seen.spread_id')
              .whereRef('seen.spread_id', '=', 's.id')
              .where('seen.user_id', '=', userId),
          ),
        ),
      ]),
    )
    .orderBy('s.spread_at')
    .orderBy('s.id')
    .execute();
}
