import { type Insertable, sql, type Updateable } from 'kysely';
import { OPEN_DRAFT_STATUSES } from '../../../shared/organisations/democracy.rules';
import type { Db } from '../../db/database';
import type { DemocracyAssessmentDraftRow, DemocracyAssessmentDraftTable } from '../../db/schema-organisations';

/** A draft with the names of the organisation and of the people it mentions. */
export type DraftRow = DemocracyAssessmentDraftRow & {
  organisation_name: string;
  creator_name: string;
  signer_name: string | null;
  handed_over_by_name: string | null;
  returned_by_name: string | null;
};

function draftsWithNames(db: Db) {
  return db
    .selectFrom('democracy_assessment_draft as d')
    .innerJoin('organisation as o', 'o.id', 'd.organisation_id')
    .innerJoin('app_user as creator', 'creator.id', 'd.created_by')
    .leftJoin('app_user as signer', 'signer.id', 'd.signer_id')
    .leftJoin('app_user as handed', 'handed.id', 'd.handed_over_by')
    .leftJoin('app_user as returned', 'returned.id', 'd.returned_by')
    .selectAll('d')
    .select([
      'o.name as organisation_name',
      'creator.name as creator_name',
      'signer.name as signer_name',
      'handed.name as handed_over_by_name',
      'returned.name as returned_by_name',
    ]);
}

/** One draft, by id. */
export function findDraftById(db: Db, id: string): Promise<DraftRow | undefined> {
  return draftsWithNames(db).where('d.id', '=', id).executeTakeFirst();
}

/** The organisation's one open draft (worked on, handed over or sent back), if any. */
export function findOpenDraft(db: Db, organisationId: string): Promise<DraftRow | undefined> {
  return draftsWithNames(db)
    .where('d.organisation_id', '=', organisationId)
    .where('d.status', 'in', [...OPEN_DRAFT_STATUSES])
    .executeTakeFirst();
}

/** Open drafts, optionally of one status, handed to one manager or created by one person; oldest hand-over first. */
export function findOpenDrafts(
  db: Db,
  filter: { status?: DemocracyAssessmentDraftRow['status'] | undefined; signerId?: string | undefined; createdById?: string | undefined },
  limit: number,
): Promise<DraftRow[]> {
  let query = draftsWithNames(db).where('d.status', 'in', filter.status ? [filter.status] : [...OPEN_DRAFT_STATUSES]);
  if (filter.signerId) query = query.where('d.signer_id', '=', filter.signerId);
  if (filter.createdById) query = query.where('d.created_by', '=', filter.createdById);
  return query
    .orderBy(sql`coalesce(d.handed_over_at, d.updated_at)`)
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

/** Makes the draft's row the transaction's own until it ends, so that concurrent steps queue. */
export async function lockDraft(db: Db, id: string): Promise<void> {
  await db.selectFrom('democracy_assessment_draft').select('id').where('id', '=', id).forUpdate().execute();
}

/**
 * Inserts a draft; undefined when the organisation already has an open one (the partial unique
 * index decides, so two simultaneous starts cannot both succeed).
 */
export async function insertDraft(db: Db, values: Insertable<DemocracyAssessmentDraftTable>): Promise<string | undefined> {
  const row = await db
    .insertInto('democracy_assessment_draft')
    .values(values)
    .onConflict((oc) => oc.column('organisation_id').where('status', 'in', [...OPEN_DRAFT_STATUSES]).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Updates a draft if its version still matches, bumping it; false when someone else changed it first. */
export async function updateDraftIfVersion(db: Db, id: string, version: number, patch: Updateable<DemocracyAssessmentDraftTable>): Promise<boolean> {
  const result = await db
    .updateTable('democracy_assessment_draft')
    .set({ ...patch, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
