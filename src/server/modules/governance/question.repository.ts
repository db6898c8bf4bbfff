import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { GovernanceQuestionRow, GovernanceQuestionTable } from '../../db/schema-governance-questions';

/** A question with the names its views show. */
export type QuestionWithNames = GovernanceQuestionRow & {
  raised_by_body_name: string;
  raised_by_body_type: string;
  raised_to_body_name: string;
  raised_to_body_type: string;
  raised_by_name: string | null;
  answered_by_name: string | null;
  meeting_date: string | null;
  answer_decision_text: string | null;
};

function questionsWithNames(db: Db) {
  return db
    .selectFrom('governance_question as q')
    .innerJoin('governance_body as rb', 'rb.id', 'q.raised_by_body_id')
    .innerJoin('governance_body as rt', 'rt.id', 'q.raised_to_body_id')
    .leftJoin('app_user as ru', 'ru.id', 'q.raised_by')
    .leftJoin('app_user as au', 'au.id', 'q.answered_by')
    .leftJoin('governance_meeting as m', 'm.id', 'q.meeting_id')
    .leftJoin('governance_decision as d', 'd.id', 'q.answer_decision_id')
    .selectAll('q')
    .select([
      'rb.name as raised_by_body_name',
      'rb.type as raised_by_body_type',
      'rt.name as raised_to_body_name',
      'rt.type as raised_to_body_type',
      'ru.name as raised_by_name',
      'au.name as answered_by_name',
      'm.meeting_date as meeting_date',
      'd.text as answer_decision_text',
    ]);
}

/** The questions a body raised, or those raised to it, newest first. */
export function findQuestionsOfBody(db: Db, bodyId: string, side: 'raised_by' | 'raised_to'): Promise<QuestionWithNames[]> {
  const column = side === 'raised_by' ? 'q.raised_by_body_id' : 'q.raised_to_body_id';
  return questionsWithNames(db).where(column, '=', bodyId).orderBy('q.raised_at', 'desc').orderBy('q.id', 'desc').limit(500).execute();
}

/** One question with names. */
export function findQuestionWithNames(db: Db, id: string): Promise<QuestionWithNames | undefined> {
  return questionsWithNames(db).where('q.id', '=', id).executeTakeFirst();
}

/** Every step of the chains the given questions belong to (a chain is keyed by its first question). */
export function findChainSteps(db: Db, originIds: readonly string[]): Promise<QuestionWithNames[]> {
  if (originIds.length === 0) return Promise.resolve([]);
  return questionsWithNames(db)
    .where((eb) => eb.or([eb('q.id', 'in', originIds), eb('q.origin_id', 'in', originIds)]))
    .orderBy('q.raised_at')
    .execute();
}

/** One question, locked for a change. */
export function lockQuestion(db: Db, id: string): Promise<GovernanceQuestionRow | undefined> {
  return db.selectFrom('governance_question').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts a question and returns its id. */
export async function insertQuestion(db: Db, values: Insertable<GovernanceQuestionTable>): Promise<string> {
  return (await db.insertInto('governance_question').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates an open question if its version still matches, bumping it; false when stale. */
export async function updateOpenQuestionIfVersion(db: Db, id: string, version: number, changes: Updateable<GovernanceQuestionTable>): Promise<boolean> {
  const result = await db
    .updateTable('governance_question')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** An open question raised to a body, for the work queue. */
export type OpenQuestionItem = { id: string; text: string; raised_at: Date; raised_to_body_id: string; raised_to_body_name: string; raised_by_body_name: string };

/**
 * Open questions raised to bodies where the user sits as an active member, or every open question
 * (no user: those who steer see everything), oldest first.
 */
export function findOpenQuestionsFor(db: Db, userId: string | undefined): Promise<OpenQuestionItem[]> {
  let query = db
    .selectFrom('governance_question as q')
    .innerJoin('governance_body as rt', 'rt.id', 'q.raised_to_body_id')
    .innerJoin('governance_body as rb', 'rb.id', 'q.raised_by_body_id')
    .select(['q.id', 'q.text', 'q.raised_at', 'q.raised_to_body_id', 'rt.name as raised_to_body_name', 'rb.name as raised_by_body_name'])
    .where('q.status', '=', 'open')
    .where('rt.status', '=', 'active');
  if (userId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('governance_member as m')
          .select('m.id')
          .whereRef('m.body_id', '=', 'q.raised_to_body_id')
          .where('m.user_id', '=', userId)
          .where('m.active', '=', true),
      ),
    );
  }
  return query.orderBy('q.raised_at').orderBy('q.id').execute();
}
