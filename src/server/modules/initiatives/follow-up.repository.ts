import { type Selectable, sql } from 'kysely';
import { FOLLOW_UP_INTERVAL_MONTHS, FOLLOWED_UP_STATUSES } from '../../../shared/initiatives/follow-up.rules';
import type { Role } from '../../../shared/users/roles';
import type { Db } from '../../db/database';
import type { ReviewFollowUpTable } from '../../db/schema-cooperations';

export type AttendeeRow = { id: string; name: string; roles: Role[] };
export type FollowUpRow = Selectable<ReviewFollowUpTable> & {
  case_number: string;
  cooperation_title: string;
  recorder_name: string;
};
export type FollowedUpCooperationRow = { id: string; case_number: string; title: string; status: string };
export type DueFollowUpRow = {
  id: string;
  case_number: string;
  title: string;
  form: string;
  status: string;
  start_date: string | null;
  activated_on: string | null;
  last_counted: string | null;
  due_since: string | null;
  /** `due_since`, with the undated first: the keyset of the list. */
  sort_date: string;
};

/** The attendees of a meeting by name, with the roles recorded for them. */
export function findAttendees(db: Db, meetingId: string): Promise<AttendeeRow[]> {
  return db
    .selectFrom('review_meeting_attendee')
    .innerJoin('app_user', 'app_user.id', 'review_meeting_attendee.user_id')
    .select(['app_user.id', 'app_user.name', sql<Role[]>`review_meeting_attendee.roles`.as('roles')])
    .where('review_meeting_attendee.meeting_id', '=', meetingId)
    .orderBy('app_user.name')
    .orderBy('app_user.id')
    .execute();
}

/** The active users among the given ids, with their current roles. */
export function findActiveUsers(db: Db, ids: string[]): Promise<{ id: string; roles: Role[] }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('app_user').select(['id', 'roles']).where('id', 'in', ids).where('status', '=', 'active').execute();
}

/** Replaces a planned meeting's attendees; the audit log keeps the earlier list. */
export async function replaceAttendees(db: Db, meetingId: string, attendees: { user_id: string; roles: Role[] }[]): Promise<void> {
  await db.deleteFrom('review_meeting_attendee').where('meeting_id', '=', meetingId).execute();
  if (attendees.length === 0) return;
  await db
    .insertInto('review_meeting_attendee')
    .values(attendees.map((a) => ({ meeting_id: meetingId, user_id: a.user_id, roles: a.roles })))
    .execute();
}

function followUpColumns(db: Db) {
  return db
    .selectFrom('review_follow_up')
    .innerJoin('cooperation', 'cooperation.id', 'review_follow_up.cooperation_id')
    .innerJoin('app_user', 'app_user.id', 'review_follow_up.recorded_by')
    .selectAll('review_follow_up')
    .select(['cooperation.case_number', 'cooperation.title as cooperation_title', 'app_user.name as recorder_name']);
}

/** The follow-ups recorded at a meeting, in the order they were recorded. */
export function findMeetingFollowUps(db: Db, meetingId: string): Promise<FollowUpRow[]> {
  return followUpColumns(db)
    .where('review_follow_up.meeting_id', '=', meetingId)
    .orderBy('review_follow_up.recorded_at')
    .orderBy('review_follow_up.id')
    .execute();
}

/** The follow-up of a cooperation at a meeting, if one is recorded. */
export function findFollowUp(db: Db, meetingId: string, cooperationId: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('review_follow_up')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('cooperation_id', '=', cooperationId)
    .executeTakeFirst();
}

/** A cooperation to follow up, share-locked so that it cannot change status meanwhile. */
export function findCooperationForFollowUp(db: Db, id: string): Promise<FollowedUpCooperationRow | undefined> {
  return db.selectFrom('cooperation').select(['id', 'case_number', 'title', 'status']).where('id', '=', id).forShare().executeTakeFirst();
}

/** Stores a follow-up and returns its id. */
export async function insertFollowUp(
  db: Db,
  f: { meeting_id: string; cooperation_id: string; assessment: string; recorded_by: string },
): Promise<string> {
  const row = await db
    .insertInto('review_follow_up')
    .values({ ...f, recorded_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Running cooperations whose yearly follow-up is due on `today` (`followUpStatus` of
 * follow-up.rules.ts in SQL), longest overdue first, one more than the limit, after a keyset
 * position; with the total, in one query. The latest counted follow-up per cooperation (a held
 * meeting an economist attended) comes from one aggregate; the day a cooperation became active
 * is read from its history only when it has neither a counted follow-up nor a start date.
 */
export async function findDueFollowUps(
  db: Db,
  q: { today: string; timeZone: string; limit: number; after?: [string, string] | undefined },
): Promise<{ rows: DueFollowUpRow[]; total: number }> {
  const keyset = q.after ? sql`WHERE (sort_date, id) > (${q.after[0]}::date, ${q.after[1]}::uuid)` : sql``;
  const result = await sql<{ total: number } & ({ [K in keyof DueFollowUpRow]: DueFollowUpRow[K] | null })>`
    WITH counted AS (
      SELECT f.cooperation_id, max(m.meeting_date) AS last_counted
      FROM review_follow_up f
      JOIN review_meeting m ON m.id = f.meeting_id
      WHERE m.status = 'held'
        AND EXISTS (SELECT 1 FROM review_meeting_attendee a WHERE a.meeting_id = m.id AND 'economist' = ANY (a.roles))
      GROUP BY f.cooperation_id
    ),
    running AS (
      SELECT c.id, c.case_number, c.title, c.form, c.status, c.start_date, counted.last_counted,
        CASE WHEN counted.last_counted IS NULL AND c.start_date IS NULL THEN (
          SELECT min((l.occurred_at AT TIME ZONE ${q.timeZone})::date) FROM audit_log l
          WHERE l.entity_type = 'cooperation' AND l.entity_id = c.id::text
            AND l.action = 'cooperation.transitioned' AND l.changes -> 'status' ->> 'after' = 'active'
        ) END AS activated_on
      FROM cooperation c
      LEFT JOIN counted ON counted.cooperation_id = c.id
      WHERE c.status IN (${sql.join([...FOLLOWED_UP_STATUSES])})
    ),
    due AS (
      SELECT running.*, d.due_since, coalesce(d.due_since, '0001-01-01'::date) AS sort_date
      FROM running
      CROSS JOIN LATERAL (
        SELECT (coalesce(last_counted, start_date, activated_on) + make_interval(months => ${FOLLOW_UP_INTERVAL_MONTHS}))::date AS due_since
      ) d
      WHERE d.due_since IS NULL OR d.due_since <= ${q.today}::date
    )
    SELECT total.n AS total, page.*
    FROM (SELECT count(*)::int AS n FROM due) total
    LEFT JOIN LATERAL (SELECT * FROM due ${keyset} ORDER BY sort_date, id LIMIT ${q.limit + 1}) page ON true
  `.execute(db);
  const total = result.rows[0]?.total ?? 0;
  // With an empty page the single row carries only the total.
  const rows = result.rows.filter((r) => r.id !== null) as unknown as DueFollowUpRow[];
  return { rows, total };
}

/**
 * The first `limit` running cooperations whose yearly follow-up is due on `today`: the rows of
 * `findDueFollowUps`' first page, without its total (the "Att göra" list). The due day is a year
 * after the latest counted follow-up, else the start date, else the day the cooperation became
 * active; each of the three kinds is read on its own in the list's order and stops at the limit:
 * those started are walked from an index on their due day (migration 0033) instead of working out
 * the day of every running cooperation.
 */
export async function findFirstDueFollowUps(db: Db, q: { today: string; timeZone: string; limit: number }): Promise<DueFollowUpRow[]> {
  // The index holds the due day of interval 12 months; the statement must spell it the same way.
  if (FOLLOW_UP_INTERVAL_MONTHS !== 12) throw new Error('cooperation_follow_up_due_idx assumes a follow-up interval of 12 months');
  const running = sql.join([...FOLLOWED_UP_STATUSES]);
  const result = await sql<DueFollowUpRow>`
    WITH counted AS (
      SELECT f.cooperation_id, max(m.meeting_date) AS last_counted
      FROM review_follow_up f
      JOIN review_meeting m ON m.id = f.meeting_id
      WHERE m.status = 'held'
        AND EXISTS (SELECT 1 FROM review_meeting_attendee a WHERE a.meeting_id = m.id AND 'economist' = ANY (a.roles))
      GROUP BY f.cooperation_id
    ),
    followed_up AS (
      SELECT c.id, c.case_number, c.title, c.form, c.status, c.start_date, counted.last_counted, NULL::date AS activated_on,
        (counted.last_counted + interval '12 months')::date AS due_since
      FROM counted JOIN cooperation c ON c.id = counted.cooperation_id
      WHERE c.status IN (${running}) AND (counted.last_counted + interval '12 months')::date <= ${q.today}::date
      ORDER BY due_since, id LIMIT ${q.limit}
    ),
    started AS (
      SELECT c.id, c.case_number, c.title, c.form, c.status, c.start_date, NULL::date AS last_counted, NULL::date AS activated_on,
        (c.start_date + interval '12 months')::date AS due_since
      FROM cooperation c
      WHERE c.status IN (${running}) AND (c.start_date + interval '12 months')::date <= ${q.today}::date
        AND NOT EXISTS (SELECT 1 FROM counted WHERE counted.cooperation_id = c.id)
      ORDER BY (c.start_date + interval '12 months')::date, c.id LIMIT ${q.limit}
    ),
    undated AS (
      SELECT c.id, c.case_number, c.title, c.form, c.status, c.start_date, NULL::date AS last_counted, act.activated_on,
        (act.activated_on + interval '12 months')::date AS due_since
      FROM cooperation c
      CROSS JOIN LATERAL (
        SELECT min((l.occurred_at AT TIME ZONE ${q.timeZone})::date) AS activated_on FROM audit_log l
        WHERE l.entity_type = 'cooperation' AND l.entity_id = c.id::text
          AND l.action = 'cooperation.transitioned' AND l.changes -> 'status' ->> 'after' = 'active'
      ) act
      WHERE c.status IN (${running}) AND c.start_date IS NULL
        AND NOT EXISTS (SELECT 1 FROM counted WHERE counted.cooperation_id = c.id)
        AND (act.activated_on IS NULL OR (act.activated_on + interval '12 months')::date <= ${q.today}::date)
      ORDER BY coalesce((act.activated_on + interval '12 months')::date, '0001-01-01'::date), c.id LIMIT ${q.limit}
    )
    SELECT due.*, coalesce(due.due_since, '0001-01-01'::date) AS sort_date
    FROM (SELECT * FROM followed_up UNION ALL SELECT * FROM started UNION ALL SELECT * FROM undated) due
    ORDER BY sort_date, id
    LIMIT ${q.limit}
  `.execute(db);
  return result.rows;
}
