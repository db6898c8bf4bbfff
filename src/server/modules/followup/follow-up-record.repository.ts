import type { Insertable, Updateable } from 'kysely';
import type { FollowUpKind, RoutineAnswer } from '../../../shared/followup/follow-up-record.rules';
import type { GovernanceBodyType } from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';
import type { FollowUpRecordRow, FollowUpRecordTable } from '../../db/schema-follow-ups';

export type BodyRefRow = { id: string; name: string; type: GovernanceBodyType; status: 'active' | 'closed' };
export type RecordSummaryRow = {
  id: string;
  cooperation_id: string;
  kind: FollowUpKind;
  period: string;
  body_id: string;
  body_name: string;
  body_type: GovernanceBodyType;
  held_on: string;
  conclusion: string;
  recorded_at: string;
  version: number;
};

/** The cooperation a follow-up belongs to, or undefined. */
export function findCooperationRef(db: Db, id: string): Promise<{ id: string; form: string } | undefined> {
  return db.selectFrom('cooperation').select(['id', 'form']).where('id', '=', id).executeTakeFirst();
}

/** The governance bodies linked to a cooperation, by type and name. */
export function findLinkedBodies(db: Db, cooperationId: string): Promise<BodyRefRow[]> {
  return db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('governance_body as b', 'b.id', 'l.body_id')
    .select(['b.id', 'b.name', (eb) => eb.ref('b.type').$castTo<GovernanceBodyType>().as('type'), 'b.status'])
    .where('l.cooperation_id', '=', cooperationId)
    .orderBy('b.type')
    .orderBy('b.name')
    .execute();
}

/** A governance body by id with its type. */
export function findBodyRef(db: Db, id: string): Promise<BodyRefRow | undefined> {
  return db
    .selectFrom('governance_body as b')
    .select(['b.id', 'b.name', (eb) => eb.ref('b.type').$castTo<GovernanceBodyType>().as('type'), 'b.status'])
    .where('b.id', '=', id)
    .executeTakeFirst();
}

/** A meeting's body and date. */
export function findMeetingRef(db: Db, id: string): Promise<{ id: string; body_id: string; meeting_date: string } | undefined> {
  return db.selectFrom('governance_meeting').select(['id', 'body_id', 'meeting_date']).where('id', '=', id).executeTakeFirst();
}

/** The record already held for the cooperation, kind and period (and cluster for the routine follow-up). */
export function findSameRecord(db: Db, cooperationId: string, kind: FollowUpKind, period: string, bodyId: string): Promise<{ id: string } | undefined> {
  let query = db.selectFrom('follow_up_record').select('id').where('cooperation_id', '=', cooperationId).where('kind', '=', kind).where('period', '=', period);
  if (kind === 'cluster_routine') query = query.where('body_id', '=', bodyId);
  return query.executeTakeFirst();
}

/**
 * Inserts a record and returns its id, or undefined when the same cooperation, kind and period
 * (and cluster) was recorded meanwhile: the unique indexes decide, so two at once cannot both land.
 */
export async function insertRecord(db: Db, values: Insertable<FollowUpRecordTable>): Promise<string | undefined> {
  return (await db.insertInto('follow_up_record').values(values).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst())?.id;
}

/** Applies changes when the record is still at the given version; false otherwise. */
export async function updateRecordIfVersion(db: Db, id: string, version: number, changes: Updateable<FollowUpRecordTable>): Promise<boolean> {
  const result = await db
    .updateTable('follow_up_record')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** One record, locked for a change when asked. */
export function findRecordById(db: Db, id: string, lock = false): Promise<FollowUpRecordRow | undefined> {
  const query = db.selectFrom('follow_up_record').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

function summaries(db: Db) {
  return db
    .selectFrom('follow_up_record as r')
    .innerJoin('governance_body as b', 'b.id', 'r.body_id')
    .select([
      'r.id',
      'r.cooperation_id',
      'r.kind',
      'r.period',
      'r.body_id',
      'b.name as body_name',
      (eb) => eb.ref('b.type').$castTo<GovernanceBodyType>().as('body_type'),
      'r.held_on',
      'r.conclusion',
      isoTimestamp('r.recorded_at').as('recorded_at'),
      'r.version',
    ]);
}

/** A cooperation's records, the latest period first. */
export function findRecordsOfCooperation(db: Db, cooperationId: string): Promise<RecordSummaryRow[]> {
  return summaries(db).where('r.cooperation_id', '=', cooperationId).orderBy('r.period', 'desc').orderBy('r.held_on', 'desc').orderBy('r.id').execute();
}

/** A record as listed. */
export function findRecordSummary(db: Db, id: string): Promise<RecordSummaryRow | undefined> {
  return summaries(db).where('r.id', '=', id).executeTakeFirst();
}

/** The cooperation's latest record (of a kind, when given): the one held last. */
export function findLatestRecord(db: Db, cooperationId: string, kind?: FollowUpKind): Promise<RecordSummaryRow | undefined> {
  let query = summaries(db).where('r.cooperation_id', '=', cooperationId);
  if (kind) query = query.where('r.kind', '=', kind);
  return query.orderBy('r.held_on', 'desc').orderBy('r.recorded_at', 'desc').orderBy('r.id').executeTakeFirst();
}

/** The latest record of each of the cooperations (INI-7 links to it). */
export async function findLatestRecordsOf(
  db: Db,
  cooperationIds: string[],
): Promise<Map<string, { id: string; kind: FollowUpKind; period: string; held_on: string }>> {
  if (cooperationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('follow_up_record')
    .distinctOn('cooperation_id')
    .select(['cooperation_id', 'id', 'kind', 'period', 'held_on'])
    .where('cooperation_id', 'in', cooperationIds)
    .orderBy('cooperation_id')
    .orderBy('held_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.cooperation_id, r]));
}

/** Who recorded a record and its meeting date, for its detail view. */
export function findRecordRefs(db: Db, id: string) {
  return db
    .selectFrom('follow_up_record as r')
    .leftJoin('app_user as u', 'u.id', 'r.recorded_by')
    .leftJoin('governance_meeting as m', 'm.id', 'r.meeting_id')
    .leftJoin('follow_up_template_version as v', 'v.id', 'r.template_version_id')
    .leftJoin('follow_up_template as t', 't.id', 'v.template_id')
    .leftJoin('governance_cycle_task as c', 'c.id', 'r.cycle_task_id')
    .select([
      'u.name as recorder_name',
      'm.meeting_date',
      'v.number as template_version_number',
      't.id as template_id',
      't.body_id as keeper_body_id',
      'c.cycle_year',
      isoTimestamp('r.updated_at').as('updated_at'),
    ])
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A record's answers in the order of the template's questions. */
export function findAnswers(db: Db, recordId: string) {
  return db
    .selectFrom('follow_up_answer as a')
    .innerJoin('follow_up_template_question as q', 'q.id', 'a.question_id')
    .select(['a.question_id', 'q.position', 'q.text', 'a.answer', 'a.comment'])
    .where('a.record_id', '=', recordId)
    .orderBy('q.position')
    .execute();
}

/** Replaces a record's answers. */
export async function replaceAnswers(
  db: Db,
  recordId: string,
  answers: { questionId: string; answer: RoutineAnswer; comment?: string | null | undefined }[],
): Promise<void> {
  await db.deleteFrom('follow_up_answer').where('record_id', '=', recordId).execute();
  if (answers.length === 0) return;
  await db
    .insertInto('follow_up_answer')
    .values(answers.map((a) => ({ record_id: recordId, question_id: a.questionId, answer: a.answer, comment: a.comment ?? null })))
    .execute();
}

/** The activity plan of a cooperation's year with its indicators and their goals (read-only; migration 0019). */
export async function findPlanWithIndicators(db: Db, cooperationId: string, year: number) {
  const plan = await db.selectFrom('activity_plan').select(['id', 'status']).where('cooperation_id', '=', cooperationId).where('year', '=', year).executeTakeFirst();
  if (!plan) return { plan: null, indicators: [] };
  const indicators = await db
    .selectFrom('plan_indicator as i')
    .innerJoin('plan_goal as g', 'g.id', 'i.goal_id')
    .select(['i.id', 'g.title as goal', 'i.name', 'i.kind', 'i.unit', 'i.baseline', 'i.target', 'i.expected_result'])
    .where('i.plan_id', '=', plan.id)
    .orderBy('g.position')
    .orderBy('i.position')
    .execute();
  return { plan, indicators };
}

/** The cooperation an agreement belongs to. */
export function findAgreementRef(db: Db, id: string): Promise<{ id: string; cooperation_id: string } | undefined> {
  return db.selectFrom('agreement').select(['id', 'cooperation_id']).where('id', '=', id).executeTakeFirst();
}

/** Marks the record as the one that completed a cycle task (IOP-7). */
export async function setCycleTask(db: Db, recordId: string, cycleTaskId: string): Promise<void> {
  await db.updateTable('follow_up_record').set({ cycle_task_id: cycleTaskId }).where('id', '=', recordId).execute();
}
