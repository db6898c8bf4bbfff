import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import { AWAITING_REVIEW_STATUSES } from '../../../shared/initiatives/review.rules';
import type { Db } from '../../db/database';
import type { RecommendationTable, ReviewAgendaItemTable, ReviewMeetingTable } from '../../db/schema-cooperations';

export type ReviewMeetingRow = Selectable<ReviewMeetingTable> & { consultation_count: number; information_count: number };

/** The columns of an initiative the review group works with. */
export type ReviewInitiativeRow = {
  id: string;
  title: string;
  origin: 'external' | 'internal';
  proposed_form: string | null;
  status: string;
  version: number;
  created_at: Date;
  number_year: number;
  number_sequence: number;
  registry_number: string | null;
  /** Whether it was an information item of a held meeting (reported, INI-3). */
  reported_at_held_meeting: boolean;
  /** Whether it asks for an association grant (`requestsAssociationGrant`, INI-4). */
  asks_association_grant: boolean;
};

export type QueueRow = ReviewInitiativeRow & { planned_meeting_id: string | null };
export type AgendaRow = Pick<Selectable<ReviewAgendaItemTable>, 'kind' | 'position'> & { item_id: string } & ReviewInitiativeRow;
export type RecommendationRow = Selectable<RecommendationTable> & {
  recorder_name: string;
  committee_name_sv: string | null;
  committee_name_en: string | null;
};

const awaiting = [...AWAITING_REVIEW_STATUSES];

/** `requestsAssociationGrant` of association-grant.rules.ts in SQL: the fact is the JSON value true. */
const asksAssociationGrant = sql<boolean>`coalesce(initiative.facts -> 'associationGrantRequested' = 'true'::jsonb, false)`;

const reportedAtHeldMeeting = sql<boolean>`EXISTS (
  SELECT 1 FROM review_agenda_item a JOIN review_meeting m ON m.id = a.meeting_id
  WHERE a.initiative_id = initiative.id AND a.kind = 'information' AND m.status = 'held')`;

/**
 * `awaitsReview` of review.rules.ts in SQL: an awaiting status, except an informal cooperation
 * already reported at a held meeting (INI-3) — unless it asks for an association grant, which is
 * consulted so that it can be referred (INI-4).
 */
const awaitsReviewSql = sql<boolean>`(initiative.status IN (${sql.join(awaiting)})
  AND NOT (initiative.proposed_form IS NOT DISTINCT FROM 'informal' AND NOT ${asksAssociationGrant} AND ${reportedAtHeldMeeting}))`;

const INITIATIVE_COLUMNS = [
  'initiative.id',
  'initiative.title',
  'initiative.origin',
  'initiative.proposed_form',
  'initiative.status',
  'initiative.version',
  'initiative.created_at',
  'initiative.number_year',
  'initiative.number_sequence',
  'initiative.registry_number',
] as const;

function initiativeColumns(db: Db) {
  return db
    .selectFrom('initiative')
    .select(INITIATIVE_COLUMNS)
    .select(reportedAtHeldMeeting.as('reported_at_held_meeting'))
    .select(asksAssociationGrant.as('asks_association_grant'));
}

/** The planned meeting an initiative is on (the earliest), as a correlated subquery. */
const plannedMeetingOf = sql<string | null>`(
  SELECT m.id FROM review_agenda_item a JOIN review_meeting m ON m.id = a.meeting_id
  WHERE a.initiative_id = initiative.id AND m.status = 'planned'
  ORDER BY m.meeting_date, m.id LIMIT 1)`;

/** The planned meeting whose agenda has the initiative (the earliest), if any. */
export function findPlannedMeetingOf(db: Db, initiativeId: string): Promise<{ id: string; meeting_date: string } | undefined> {
  return db
    .selectFrom('review_agenda_item')
    .innerJoin('review_meeting', 'review_meeting.id', 'review_agenda_item.meeting_id')
    .select(['review_meeting.id', 'review_meeting.meeting_date'])
    .where('review_agenda_item.initiative_id', '=', initiativeId)
    .where('review_meeting.status', '=', 'planned')
    .orderBy('review_meeting.meeting_date')
    .orderBy('review_meeting.id')
    .limit(1)
    .executeTakeFirst();
}

/** Initiatives awaiting review, oldest first, one more than the limit, after a keyset position. */
export function findReviewQueue(db: Db, page: { limit: number; after?: [string, string] | undefined }): Promise<QueueRow[]> {
  let query = initiativeColumns(db).select(plannedMeetingOf.as('planned_meeting_id')).where(awaitsReviewSql);
  if (page.after) query = query.where(sql<boolean>`(initiative.created_at, initiative.id) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`);
  return query.orderBy('initiative.created_at').orderBy('initiative.id').limit(page.limit + 1).execute();
}

/** How many initiatives await review. */
export async function countReviewQueue(db: Db): Promise<number> {
  const row = await db
    .selectFrom('initiative')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(awaitsReviewSql)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Initiatives awaiting review that no planned meeting has on its agenda, locked for the agenda. */
export function findUnscheduledAwaitingReview(db: Db): Promise<ReviewInitiativeRow[]> {
  return initiativeColumns(db)
    .where(awaitsReviewSql)
    .where(sql<boolean>`${plannedMeetingOf} IS NULL`)
    .orderBy('initiative.created_at')
    .orderBy('initiative.id')
    .forUpdate()
    .execute();
}

/** One initiative as the review group sees it, locked against concurrent status changes. */
export function findInitiativeForReview(db: Db, id: string): Promise<ReviewInitiativeRow | undefined> {
  return initiativeColumns(db).where('initiative.id', '=', id).forUpdate().executeTakeFirst();
}

/** Sets the status of initiatives, bumping their versions. */
export async function setInitiativeStatus(db: Db, ids: string[], status: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('initiative')
    .set({ status, updated_at: new Date(), version: sql`version + 1` })
    .where('id', 'in', ids)
    .execute();
}

/** The organisations behind each of the given initiatives, by name. */
export async function findInitiativeOrganisations(db: Db, initiativeIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const byInitiative = new Map<string, { id: string; name: string }[]>();
  if (initiativeIds.length === 0) return byInitiative;
  const rows = await db
    .selectFrom('initiative_organisation')
    .innerJoin('organisation', 'organisation.id', 'initiative_organisation.organisation_id')
    .select(['initiative_organisation.initiative_id', 'organisation.id', 'organisation.name'])
    .where('initiative_organisation.initiative_id', 'in', initiativeIds)
    .orderBy('organisation.name')
    .execute();
  for (const r of rows) byInitiative.set(r.initiative_id, [...(byInitiative.get(r.initiative_id) ?? []), { id: r.id, name: r.name }]);
  return byInitiative;
}

function meetingColumns(db: Db) {
  return db
    .selectFrom('review_meeting')
    .selectAll('review_meeting')
    .select([
      sql<number>`(SELECT count(*)::int FROM review_agenda_item a WHERE a.meeting_id = review_meeting.id AND a.kind = 'consultation')`.as(
        'consultation_count',
      ),
      sql<number>`(SELECT count(*)::int FROM review_agenda_item a WHERE a.meeting_id = review_meeting.id AND a.kind = 'information')`.as(
        'information_count',
      ),
    ]);
}

/** Meetings, newest first, one more than the limit, after a keyset position. */
export function findReviewMeetings(
  db: Db,
  q: { status?: 'planned' | 'held' | undefined; limit: number; after?: [string, string] | undefined },
): Promise<ReviewMeetingRow[]> {
  let query = meetingColumns(db);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.after) query = query.where(sql<boolean>`(meeting_date, id) < (${q.after[0]}::date, ${q.after[1]}::uuid)`);
  return query.orderBy('meeting_date', 'desc').orderBy('id', 'desc').limit(q.limit + 1).execute();
}

/** How many meetings there are (of a status). */
export async function countReviewMeetings(db: Db, status?: 'planned' | 'held'): Promise<number> {
  let query = db.selectFrom('review_meeting').select((eb) => eb.fn.countAll<string>().as('n'));
  if (status) query = query.where('status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** One meeting with its item counts; `lock` holds it against concurrent holding or editing. */
export function findReviewMeetingById(db: Db, id: string, lock = false): Promise<ReviewMeetingRow | undefined> {
  const query = meetingColumns(db).where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Stores a new planned meeting and returns its id. */
export async function insertReviewMeeting(
  db: Db,
  m: { meeting_date: string; location: string | null; notes: string | null; created_by: string | null },
): Promise<string> {
  const now = new Date();
  const row = await db
    .insertInto('review_meeting')
    .values({ ...m, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a meeting only if its version matches, bumping the version. */
export async function updateReviewMeetingIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<ReviewMeetingTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('review_meeting')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a meeting's content as changed (a new agenda item), bumping its version. */
export async function touchReviewMeeting(db: Db, id: string): Promise<void> {
  await db.updateTable('review_meeting').set({ updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
}

/** The agenda of a meeting: consultation items first, then information items, each by position. */
export function findAgendaItems(db: Db, meetingId: string): Promise<AgendaRow[]> {
  return db
    .selectFrom('review_agenda_item')
    .innerJoin('initiative', 'initiative.id', 'review_agenda_item.initiative_id')
    .select([
      'review_agenda_item.id as item_id',
      'review_agenda_item.kind',
      'review_agenda_item.position',
      ...INITIATIVE_COLUMNS,
    ])
    .select(reportedAtHeldMeeting.as('reported_at_held_meeting'))
    .select(asksAssociationGrant.as('asks_association_grant'))
    .where('review_agenda_item.meeting_id', '=', meetingId)
    .orderBy(sql`review_agenda_item.kind = 'information'`)
    .orderBy('review_agenda_item.position')
    .execute();
}

/** The agenda item of an initiative at a meeting, if it is on the agenda. */
export function findAgendaItem(db: Db, meetingId: string, initiativeId: string) {
  return db
    .selectFrom('review_agenda_item')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirst();
}

/** The position after the last item of a meeting's agenda. */
export async function nextAgendaPosition(db: Db, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('review_agenda_item')
    .select(sql<number>`coalesce(max(position), 0)::int + 1`.as('next'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return row.next;
}

/** Adds items to a meeting's agenda. */
export async function insertAgendaItems(
  db: Db,
  items: { meeting_id: string; initiative_id: string; kind: 'consultation' | 'information'; position: number }[],
): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('review_agenda_item').values(items).execute();
}

function recommendationColumns(db: Db) {
  return db
    .selectFrom('recommendation')
    .innerJoin('app_user', 'app_user.id', 'recommendation.recorded_by')
    .leftJoin('committee', 'committee.code', 'recommendation.referred_to')
    .selectAll('recommendation')
    .select(['app_user.name as recorder_name', 'committee.name_sv as committee_name_sv', 'committee.name_en as committee_name_en']);
}

/** The recommendations recorded at a meeting, oldest first (so the latest per initiative wins). */
export function findMeetingRecommendations(db: Db, meetingId: string): Promise<RecommendationRow[]> {
  return recommendationColumns(db).where('recommendation.meeting_id', '=', meetingId).orderBy('recorded_at').orderBy('id').execute();
}

/** One recommendation with its recorder's and committee's names. */
export function findRecommendationById(db: Db, id: string): Promise<RecommendationRow | undefined> {
  return recommendationColumns(db).where('recommendation.id', '=', id).executeTakeFirst();
}

/** Stores a recommendation and returns its id. */
export async function insertRecommendation(
  db: Db,
  r: Omit<Insertable<RecommendationTable>, 'id' | 'recorded_at'>,
): Promise<string> {
  const row = await db
    .insertInto('recommendation')
    .values({ ...r, recorded_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An active committee by code (a referral must go to a known committee, INI-4). */
export function findActiveCommittee(db: Db, code: string) {
  return db.selectFrom('committee').selectAll().where('code', '=', code).where('active', '=', true).executeTakeFirst();
}

/** The committee's own name, from settings (nothing specific to one municipality lives in code). */
export async function findCommitteeName(db: Db, language: 'sv' | 'en'): Promise<string | null> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', `committee.name_${language}`).executeTakeFirst();
  return typeof row?.value === 'string' ? row.value : null;
}
