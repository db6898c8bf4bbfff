import type { Db } from '../../db/database';
import type { DemocracyAssessmentRow, RemediationMeasureRow } from '../../db/schema-organisations';

export type WithSigner<T> = T & { signer_name: string };

/** An organisation's democracy assessments, newest first, with the signer's name. */
export function findAssessments(db: Db, organisationId: string): Promise<WithSigner<DemocracyAssessmentRow>[]> {
  return db
    .selectFrom('democracy_assessment')
    .innerJoin('app_user', 'app_user.id', 'democracy_assessment.signed_by')
    .selectAll('democracy_assessment')
    .select('app_user.name as signer_name')
    .where('organisation_id', '=', organisationId)
    .orderBy('signed_at', 'desc')
    .execute();
}

/** Stores a signed assessment. */
export async function insertAssessment(
  db: Db,
  a: Omit<DemocracyAssessmentRow, 'id' | 'conditions' | 'exclusions'> & { conditions: unknown[]; exclusions: unknown[] },
): Promise<string> {
  const row = await db
    .insertInto('democracy_assessment')
    .values({ ...a, conditions: JSON.stringify(a.conditions), exclusions: JSON.stringify(a.exclusions) })
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
