import type { Db } from '../../db/database';
import type { CooperationTerminationRow, TerminationKind } from '../../db/schema-lifecycle';

/** A termination with its evidence file's description and its author's name, as the views read it. */
export type TerminationWithFile = CooperationTerminationRow & {
  file_name: string | null;
  file_media_type: string | null;
  file_size_bytes: number | null;
  creator_name: string | null;
};

function terminationsWithFile(db: Db) {
  return db
    .selectFrom('cooperation_termination as t')
    .leftJoin('file as f', 'f.id', 't.evidence_file_id')
    .leftJoin('app_user as u', 'u.id', 't.created_by')
    .selectAll('t')
    .select(['f.original_name as file_name', 'f.media_type as file_media_type', 'f.size_bytes as file_size_bytes', 'u.name as creator_name']);
}

/** Every termination of a cooperation, newest first. */
export function findTerminations(db: Db, cooperationId: string): Promise<TerminationWithFile[]> {
  return terminationsWithFile(db).where('t.cooperation_id', '=', cooperationId).orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').execute();
}

/** One termination of a cooperation. */
export function findTermination(db: Db, cooperationId: string, id: string): Promise<TerminationWithFile | undefined> {
  return terminationsWithFile(db).where('t.cooperation_id', '=', cooperationId).where('t.id', '=', id).executeTakeFirst();
}

/** The termination in force of a cooperation (pending or effected, not withdrawn), if any. */
export function findOpenTermination(db: Db, cooperationId: string): Promise<CooperationTerminationRow | undefined> {
  return db.selectFrom('cooperation_termination').selectAll().where('cooperation_id', '=', cooperationId).where('withdrawn_at', 'is', null).executeTakeFirst();
}

/** Inserts a termination and returns its id. */
export async function insertTermination(
  db: Db,
  values: {
    cooperationId: string;
    kind: TerminationKind;
    reason: string;
    evidenceFileId: string | null;
    evidenceNote: string | null;
    givenOn: string;
    effectiveOn: string;
    effectedAt: Date | null;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('cooperation_termination')
    .values({
      cooperation_id: values.cooperationId,
      kind: values.kind,
      reason: values.reason,
      evidence_file_id: values.evidenceFileId,
      evidence_note: values.evidenceNote,
      given_on: values.givenOn,
      effective_on: values.effectiveOn,
      effected_at: values.effectedAt,
      created_by: values.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks a pending termination as effected; false when it was no longer pending. */
export async function markTerminationEffected(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('cooperation_termination')
    .set({ effected_at: at })
    .where('id', '=', id)
    .where('effected_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a pending notice as withdrawn; false when it was no longer pending. */
export async function markTerminationWithdrawn(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('cooperation_termination')
    .set({ withdrawn_at: at })
    .where('id', '=', id)
    .where('effected_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Pending notices whose date has come, oldest date first: the sweep ends their cooperations. */
export function findDueNotices(db: Db, today: string): Promise<CooperationTerminationRow[]> {
  return db
    .selectFrom('cooperation_termination')
    .selectAll()
    .where('effected_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('effective_on', '<=', today)
    .orderBy('effective_on')
    .orderBy('id')
    .execute();
}

/** A stored file's uploader and name, for checking an evidence reference. */
export function findFileOwner(db: Db, id: string): Promise<{ id: string; uploaded_by: string | null; original_name: string } | undefined> {
  return db.selectFrom('file').select(['id', 'uploaded_by', 'original_name']).where('id', '=', id).executeTakeFirst();
}

/** Whether a file already serves as evidence of some termination. */
export async function isEvidenceFileUsed(db: Db, fileId: string): Promise<boolean> {
  return (await db.selectFrom('cooperation_termination').select('id').where('evidence_file_id', '=', fileId).executeTakeFirst()) !== undefined;
}

/** One termination row by id. */
export function findTerminationRow(db: Db, id: string): Promise<CooperationTerminationRow | undefined> {
  return db.selectFrom('cooperation_termination').selectAll().where('id', '=', id).executeTakeFirst();
}
