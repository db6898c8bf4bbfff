import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type {
  GovernanceActionItemRow,
  GovernanceActionItemTable,
  GovernanceDecisionRow,
  GovernanceDecisionTable,
  GovernanceDecisionVoteRow,
  GovernanceDecisionVoteTable,
  GovernanceMeetingRow,
  GovernanceMeetingTable,
} from '../../db/schema-governance';

/** A body's meetings, newest first, one more than the limit, after a keyset position. */
export function findMeetings(db: Db, bodyId: string, page: { limit: number; after?: [string, string] | undefined }): Promise<GovernanceMeetingRow[]> {
  let query = db.selectFrom('governance_meeting').selectAll().where('body_id', '=', bodyId);
  if (page.after) query = query.where(sql<boolean>`(meeting_date, id) < (${page.after[0]}::date, ${page.after[1]}::uuid)`);
  return query.orderBy('meeting_date', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
}

/** How many meetings a body has had or planned. */
export async function countMeetings(db: Db, bodyId: string): Promise<number> {
  const row = await db
    .selectFrom('governance_meeting')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('body_id', '=', bodyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One meeting, optionally locked for a change. */
export function findMeetingById(db: Db, id: string, lock = false): Promise<GovernanceMeetingRow | undefined> {
  const query = db.selectFrom('governance_meeting').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Inserts a meeting and returns its id. */
export async function insertMeeting(db: Db, values: Insertable<GovernanceMeetingTable>): Promise<string> {
  const row = await db.insertInto('governance_meeting').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a meeting if its version still matches, bumping it; false when stale. */
export async function updateMeetingIfVersion(db: Db, id: string, version: number, changes: Updateable<GovernanceMeetingTable>): Promise<boolean> {
  const result = await db
    .updateTable('governance_meeting')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The action items of a meeting in the order they were recorded. */
export function findActionItems(db: Db, meetingId: string): Promise<GovernanceActionItemRow[]> {
  return db.selectFrom('governance_action_item').selectAll().where('meeting_id', '=', meetingId).orderBy('created_at').orderBy('id').execute();
}

/** One action item, optionally locked for a change. */
export function findActionItemById(db: Db, id: string, lock = false): Promise<GovernanceActionItemRow | undefined> {
  const query = db.selectFrom('governance_action_item').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Inserts an action item and returns it. */
export function insertActionItem(db: Db, values: Insertable<GovernanceActionItemTable>): Promise<GovernanceActionItemRow> {
  return db.insertInto('governance_action_item').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates an action item if its version still matches, bumping it; false when stale. */
export async function updateActionItemIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<GovernanceActionItemTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('governance_action_item')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Decisions of a body or of one meeting, newest first. */
export function findDecisions(db: Db, where: { bodyId: string } | { meetingId: string }): Promise<GovernanceDecisionRow[]> {
  const query = db.selectFrom('governance_decision').selectAll();
  return ('bodyId' in where ? query.where('body_id', '=', where.bodyId) : query.where('meeting_id', '=', where.meetingId))
    .orderBy('proposed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One decision, optionally locked so that two votes are counted one after the other. */
export function findDecisionById(db: Db, id: string, lock = false): Promise<GovernanceDecisionRow | undefined> {
  const query = db.selectFrom('governance_decision').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Inserts a decision and returns its id. */
export async function insertDecision(db: Db, values: Insertable<GovernanceDecisionTable>): Promise<string> {
  const row = await db.insertInto('governance_decision').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Sets a decision's status, and when it was decided or rejected. */
export async function setDecisionStatus(db: Db, id: string, status: GovernanceDecisionRow['status'], decidedAt: Date | null): Promise<void> {
  await db
    .updateTable('governance_decision')
    .set({ status, decided_at: decidedAt, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export type VoteWithMember = GovernanceDecisionVoteRow & { member_name: string };

/** The votes on the given decisions, oldest first, with the member's name. */
export async function findVotes(db: Db, decisionIds: string[]): Promise<VoteWithMember[]> {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('governance_decision_vote as v')
    .innerJoin('governance_member as m', 'm.id', 'v.member_id')
    .selectAll('v')
    .select('m.name as member_name')
    .where('v.decision_id', 'in', decisionIds)
    .orderBy('v.at')
    .execute();
}

/** Records a member's vote. */
export async function insertVote(db: Db, values: Insertable<GovernanceDecisionVoteTable>): Promise<void> {
  await db.insertInto('governance_decision_vote').values(values).execute();
}
