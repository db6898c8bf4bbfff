import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';

export type TemplateRow = { id: string; body_id: string; current_version: number; version: number };

/** The template a body keeps, locked for a change when asked. */
export function findTemplateOfBody(db: Db, bodyId: string, lock = false): Promise<TemplateRow | undefined> {
  const query = db.selectFrom('follow_up_template').select(['id', 'body_id', 'current_version', 'version']).where('body_id', '=', bodyId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Creates a body's empty template (no version yet); undefined when another save created it meanwhile. */
export function insertTemplate(db: Db, bodyId: string): Promise<TemplateRow | undefined> {
  return db
    .insertInto('follow_up_template')
    .values({ body_id: bodyId })
    .onConflict((oc) => oc.column('body_id').doNothing())
    .returning(['id', 'body_id', 'current_version', 'version'])
    .executeTakeFirst();
}

/** Moves the template to a new current version when it is still at the record version read. */
export async function bumpTemplateIfVersion(db: Db, id: string, version: number, currentVersion: number): Promise<boolean> {
  const result = await db
    .updateTable('follow_up_template')
    .set({ current_version: currentVersion, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Inserts a template version with its questions in order; returns the version's id. */
export async function insertTemplateVersion(db: Db, templateId: string, number: number, createdBy: string | null, questions: string[]): Promise<string> {
  const { id } = await db
    .insertInto('follow_up_template_version')
    .values({ template_id: templateId, number, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('follow_up_template_question')
    .values(questions.map((text, i) => ({ template_version_id: id, position: i + 1, text })))
    .execute();
  return id;
}

/** A template's version by number. */
export function findTemplateVersion(db: Db, templateId: string, number: number): Promise<{ id: string; number: number } | undefined> {
  return db.selectFrom('follow_up_template_version').select(['id', 'number']).where('template_id', '=', templateId).where('number', '=', number).executeTakeFirst();
}

/** The questions of a template version in order. */
export function findQuestions(db: Db, templateVersionId: string): Promise<{ id: string; position: number; text: string }[]> {
  return db.selectFrom('follow_up_template_question').select(['id', 'position', 'text']).where('template_version_id', '=', templateVersionId).orderBy('position').execute();
}

/** Every version of a template, newest first, with who saved it. */
export function findTemplateVersions(db: Db, templateId: string): Promise<{ number: number; created_at: string; created_by: string | null }[]> {
  return db
    .selectFrom('follow_up_template_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .select(['v.number', isoTimestamp('v.created_at').as('created_at'), 'u.name as created_by'])
    .where('v.template_id', '=', templateId)
    .orderBy('v.number', 'desc')
    .execute();
}

/**
 * The joint beredningsgrupp bodies among a cooperation's governance bodies that keep a template
 * (AGR-5); the first with a saved version is the one the clusters answer.
 */
export function findKeeperTemplatesOfCooperation(db: Db, cooperationId: string, keeperType: string): Promise<{ body_id: string; template_id: string | null; current_version: number | null }[]> {
  return db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('governance_body as b', 'b.id', 'l.body_id')
    .leftJoin('follow_up_template as t', 't.body_id', 'b.id')
    .select(['b.id as body_id', 't.id as template_id', 't.current_version'])
    .where('l.cooperation_id', '=', cooperationId)
    .where('b.type', '=', keeperType)
    .where('b.status', '=', 'active')
    .orderBy('b.created_at')
    .orderBy('b.id')
    .execute();
}
