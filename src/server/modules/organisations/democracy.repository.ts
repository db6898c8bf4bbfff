import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { DemocracyAssessmentRow, DemocracyAssessmentTable, RemediationMeasureRow } from '../../db/schema-organisations';

export type WithSigner<T> = T & { signer_name: string };
export type AssessmentRow = WithSigner<DemocracyAssessmentRow> & { preparer_name: string };

/** An organisation's signed democracy assessments, newest first, with the preparer's and signer's names. */
export function findAssessments(db: Db, organisationId: string): Promise<AssessmentRow[]> {
  return db
    .selectFrom('democracy_assessment')
    .innerJoin('app_user as signer', 'signer.id', 'democracy_assessment.signed_by')
    .innerJoin('app_user as preparer', 'preparer.id', 'democracy_assessment.prepared_by')
    .selectAll('democracy_assessment')
    .select(['signer.name as signer_name', 'preparer.name as preparer_name'])
    .where('organisation_id', '=', organisationId)
    .orderBy('signed_at', 'desc')
    .execute();
}

/** Stores a signed assessment; it is never changed afterwards. */
export async function insertAssessment(
  db: Db,
  a: Omit<Insertable<DemocracyAssessmentTable>, 'conditions' | 'exclusions' | 'evidence' | 'review_changes'> & {
    conditions: unknown[];
    exclusions: unknown[];
    evidence: unknown[];
    review_changes: unknown[];
  },
): Promise<string> {
  const row = await db
    .insertInto('democracy_assessment')
    .values({
      ...a,
      conditions: JSON.stringify(a.conditions),
      exclusions: JSON.stringify(a.exclusions),
      evidence: JSON.stringify(a.evidence),
      review_changes: JSON.stringify(a.review_changes),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An organisation's remediation measures, newest first, with the recorder's name. */
export function findRemediations(db: Db, organisationId: string): Promise<WithSigner<RemediationMeasureRow>[]> {
  return db
    .selectFrom('remediation_measure')
    .innerJoin('app_user', 'app_user.id', 'remediation_measure.recorded_by')
    .selectAll('remediation_measure')
    .select('app_user.name as signer_name')
    .where('organisation_id', '=', organisationId)
    .orderBy('recorded_at', 'desc')
    .execute();
}

/** Stores a remediation measure. */
export async function insertRemediation(
  db: Db,
  r: Omit<RemediationMeasureRow, 'id' | 'evidence'> & { evidence: unknown[] },
): Promise<string> {
  const row = await db
    .insertInto('remediation_measure')
    .values({ ...r, evidence: JSON.stringify(r.evidence) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Ids of the organisation's documents among the given ones (evidence must belong to it). */
export async function findOwnDocumentIds(db: Db, organisationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('organisation_document')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}
