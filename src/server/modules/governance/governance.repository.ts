import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { GovernanceBodyRow, GovernanceBodyTable, GovernanceMemberRow, GovernanceMemberTable } from '../../db/schema-governance';

/** A body with the date of its latest meeting on or before a given day. */
export type BodyWithLastMeeting = GovernanceBodyRow & { last_meeting_date: string | null };

export type BodyFilter = {
  type?: string | undefined;
  cooperationId?: string | undefined;
  status?: 'active' | 'closed' | undefined;
  /** Only bodies where this user is linked to an active member (a steering member's view). */
  memberUserId?: string | undefined;
  /** Only active bodies with no meeting dated from `from` up to and including `to` (a semester so far). */
  withoutMeetingBetween?: { from: string; to: string } | undefined;
};

function bodiesMatching(db: Db, f: BodyFilter) {
  let query = db.selectFrom('governance_body');
  if (f.type) query = query.where('governance_body.type', '=', f.type);
  if (f.status) query = query.where('governance_body.status', '=', f.status);
  if (f.cooperationId) {
    const cooperationId = f.cooperationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('governance_body_cooperation as l')
          .select('l.body_id')
          .whereRef('l.body_id', '=', 'governance_body.id')
          .where('l.cooperation_id', '=', cooperationId),
      ),
    );
  }
  if (f.memberUserId) {
    const userId = f.memberUserId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('governance_member as m')
          .select('m.id')
          .whereRef('m.body_id', '=', 'governance_body.id')
          .where('m.user_id', '=', userId)
          .where('m.active', '=', true),
      ),
    );
  }
  if (f.withoutMeetingBetween) {
    const { from, to } = f.withoutMeetingBetween;
    query = query.where('governance_body.status', '=', 'active').where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('governance_meeting as g')
            .select('g.id')
            .whereRef('g.body_id', '=', 'governance_body.id')
            .where('g.meeting_date', '>=', from)
            .where('g.meeting_date', '<=', to),
        ),
      ),
    );
  }
  return query;
}

const lastMeetingUpTo = (today: string) =>
  sql<string | null>`(SELECT max(g.meeting_date)::text FROM governance_meeting g
    WHERE g.body_id = governance_body.id AND g.meeting_date <= ${today}::date)`;

/** Bodies matching a filter by name, one more than the limit, after a keyset position. */
export function findBodies(
  db: Db,
  f: BodyFilter & { today: string; limit: number; after?: [string, string] | undefined },
): Promise<BodyWithLastMeeting[]> {
  let query = bodiesMatching(db, f).selectAll('governance_body').select(lastMeetingUpTo(f.today).as('last_meeting_date'));
  if (f.after) query = query.where(sql<boolean>`(lower(governance_body.name), governance_body.id) > (${f.after[0]}, ${f.after[1]}::uuid)`);
  return query.orderBy(sql`lower(governance_body.name)`).orderBy('governance_body.id').limit(f.limit + 1).execute();
}

/** How many bodies match a filter. */
export async function countBodies(db: Db, f: BodyFilter): Promise<number> {
  const row = await bodiesMatching(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One body with its latest meeting up to today, optionally locked for a change. */
export function findBodyById(db: Db, id: string, today: string, lock = false): Promise<BodyWithLastMeeting | undefined> {
  const query = db.selectFrom('governance_body').selectAll().select(lastMeetingUpTo(today).as('last_meeting_date')).where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Whether a body exists (for references such as `reportsToId`). */
export async function bodyExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('governance_body').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The chain of bodies a body reports to, nearest first (bounded, so a bad row cannot loop). */
export async function findReportingChain(db: Db, id: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT reports_to_id, 1 FROM governance_body WHERE id = ${id} AND reports_to_id IS NOT NULL
      UNION ALL
      SELECT b.reports_to_id, c.depth + 1 FROM governance_body b JOIN chain c ON b.id = c.id
      WHERE b.reports_to_id IS NOT NULL AND c.depth < 50
    )
    SELECT id FROM chain`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Inserts a body and returns its id. */
export async function insertBody(db: Db, values: Insertable<GovernanceBodyTable>): Promise<string> {
  const row = await db.insertInto('governance_body').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a body if its version still matches, bumping it; false when stale. */
export async function updateBodyIfVersion(db: Db, id: string, version: number, changes: Updateable<GovernanceBodyTable>): Promise<boolean> {
  const result = await db
    .updateTable('governance_body')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The cooperations linked to a body, by case number. */
export function findBodyCooperations(db: Db, bodyId: string): Promise<{ id: string; case_number: string; title: string }[]> {
  return db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('cooperation as c', 'c.id', 'l.cooperation_id')
    .select(['c.id', 'c.case_number', 'c.title'])
    .where('l.body_id', '=', bodyId)
    .orderBy('c.case_number')
    .execute();
}

/** The cooperations linked to each of the given bodies, by case number. */
export function findCooperationsOfBodies(db: Db, bodyIds: string[]): Promise<{ body_id: string; id: string; case_number: string; title: string }[]> {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('cooperation as c', 'c.id', 'l.cooperation_id')
    .select(['l.body_id', 'c.id', 'c.case_number', 'c.title'])
    .where('l.body_id', 'in', bodyIds)
    .orderBy('c.case_number')
    .execute();
}

/** Replaces the cooperations linked to a body. */
export async function replaceBodyCooperations(db: Db, bodyId: string, cooperationIds: string[]): Promise<void> {
  await db.deleteFrom('governance_body_cooperation').where('body_id', '=', bodyId).execute();
  if (cooperationIds.length === 0) return;
  await db
    .insertInto('governance_body_cooperation')
    .values(cooperationIds.map((cooperation_id) => ({ body_id: bodyId, cooperation_id })))
    .execute();
}

/** Which of the given cooperation ids exist. */
export async function existingCooperationIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('cooperation').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether a cooperation exists. */
export async function cooperationExists(db: Db, id: string): Promise<boolean> {
  return (await existingCooperationIds(db, [id])).has(id);
}

/** Whether an organisation exists in the register. */
export async function organisationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether a user exists and is active. */
export async function activeUserExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('app_user').select('id').where('id', '=', id).where('status', '=', 'active').executeTakeFirst()) !== undefined;
}

export type MemberWithOrganisation = GovernanceMemberRow & { organisation_name: string };

function membersQuery(db: Db) {
  return db
    .selectFrom('governance_member')
    .innerJoin('organisation', 'organisation.id', 'governance_member.organisation_id')
    .selectAll('governance_member')
    .select('organisation.name as organisation_name');
}

/** The members of a body, active first, by name. */
export function findMembers(db: Db, bodyId: string): Promise<MemberWithOrganisation[]> {
  return membersQuery(db)
    .where('governance_member.body_id', '=', bodyId)
    .orderBy('governance_member.active', 'desc')
    .orderBy('governance_member.name')
    .orderBy('governance_member.id')
    .execute();
}

/** One member, optionally locked for a change. */
export function findMemberById(db: Db, id: string, lock = false): Promise<MemberWithOrganisation | undefined> {
  const query = membersQuery(db).where('governance_member.id', '=', id);
  return (lock ? query.forUpdate('governance_member') : query).executeTakeFirst();
}

/** The active members of a body linked to a user (normally at most one). */
export function findActiveMembersOfUser(db: Db, bodyId: string, userId: string): Promise<GovernanceMemberRow[]> {
  return db
    .selectFrom('governance_member')
    .selectAll()
    .where('body_id', '=', bodyId)
    .where('user_id', '=', userId)
    .where('active', '=', true)
    .orderBy('created_at')
    .execute();
}

/** Inserts a member and returns its id. */
export async function insertMember(db: Db, values: Insertable<GovernanceMemberTable>): Promise<string> {
  const row = await db.insertInto('governance_member').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a member if its version still matches, bumping it; false when stale. */
export async function updateMemberIfVersion(db: Db, id: string, version: number, changes: Updateable<GovernanceMemberTable>): Promise<boolean> {
  const result = await db
    .updateTable('governance_member')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
