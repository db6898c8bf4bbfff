import {
  assessDemocracy,
  type ConditionAnswer,
  DEMOCRACY_CONDITIONS,
  type DraftConditionAnswer,
  type DraftExclusionAnswer,
  EXCLUSION_GROUNDS,
  type ExclusionAnswer,
  reviewChanges,
} from '../../../shared/organisations/democracy.rules';
import type { DemocracyDraftView } from '../../../shared/organisations/democracy-draft.schemas';
import type { AssessmentView, RemediationView } from '../../../shared/organisations/democracy.schemas';
import type { RemediationMeasureRow } from '../../db/schema-organisations';
import type { DraftRow } from './democracy-draft.repository';
import type { AssessmentRow, WithSigner } from './democracy.repository';

/** An ISO timestamp from a timestamp column, whether the driver gives a Date or text. */
export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

const person = (id: string, name: string | null) => ({ id, name: name ?? '' });

// Answers signed before migration 0018 carry a justification for every answer; the ones after it
// only for unsafe answers. Both read the same way.
function storedAnswers<T extends { justification?: string; evidence?: unknown[] }>(answers: unknown[]): T[] {
  return (answers as T[]).map((a) => ({ ...a, justification: a.justification ?? '', evidence: a.evidence ?? [] }));
}

/** A signed assessment as the API shows it. */
export function toAssessmentView(row: AssessmentRow): AssessmentView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    result: row.result,
    conditions: storedAnswers<AssessmentView['conditions'][number]>(row.conditions),
    exclusions: storedAnswers<AssessmentView['exclusions'][number]>(row.exclusions),
    basis: row.basis,
    evidence: row.evidence as AssessmentView['evidence'],
    summary: row.summary,
    preparedBy: person(row.prepared_by, row.preparer_name),
    preparedAt: iso(row.prepared_at),
    signedBy: person(row.signed_by, row.signer_name),
    signedAt: iso(row.signed_at),
    validUntil: row.valid_until,
    reviewChanges: row.review_changes as AssessmentView['reviewChanges'],
  };
}

/** A remediation measure as the API shows it. */
export function toRemediationView(row: WithSigner<RemediationMeasureRow>): RemediationView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    description: row.description,
    completedOn: row.completed_on,
    evidence: row.evidence as RemediationView['evidence'],
    recordedBy: person(row.recorded_by, row.signer_name),
    recordedAt: iso(row.recorded_at),
  };
}

export type DraftAnswers = { conditions: DraftConditionAnswer[]; exclusions: DraftExclusionAnswer[] };

/** Nine unanswered questions: nothing is pre-answered, every answer is a choice someone makes. */
export function emptyAnswers(): DraftAnswers {
  return {
    conditions: DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met: null, justification: '', evidence: [] })),
    exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: null, justification: '', evidence: [] })),
  };
}

/** The answers in the order of the questions, whatever order they were given in. */
export function orderedAnswers(answers: DraftAnswers): DraftAnswers {
  return {
    conditions: [...answers.conditions].sort((a, b) => DEMOCRACY_CONDITIONS.indexOf(a.condition) - DEMOCRACY_CONDITIONS.indexOf(b.condition)),
    exclusions: [...answers.exclusions].sort((a, b) => EXCLUSION_GROUNDS.indexOf(a.ground) - EXCLUSION_GROUNDS.indexOf(b.ground)),
  };
}

/** The answers as signed answers once every question has one; undefined while any is open. */
export function completeAnswers(answers: DraftAnswers): { conditions: ConditionAnswer[]; exclusions: ExclusionAnswer[] } | undefined {
  const conditions = answers.conditions.flatMap((a) => (a.met === null ? [] : [{ ...a, met: a.met }]));
  const exclusions = answers.exclusions.flatMap((a) => (a.applies === null ? [] : [{ ...a, applies: a.applies }]));
  if (conditions.length !== DEMOCRACY_CONDITIONS.length || exclusions.length !== EXCLUSION_GROUNDS.length) return undefined;
  return { conditions, exclusions };
}

/** A draft as the API shows it, with the result its answers lead to and the review's changes. */
export function toDraftView(row: DraftRow): DemocracyDraftView {
  const answers = { conditions: row.conditions as DraftConditionAnswer[], exclusions: row.exclusions as DraftExclusionAnswer[] };
  const complete = completeAnswers(answers);
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    status: row.status,
    ...answers,
    basis: row.basis,
    evidence: row.evidence as DemocracyDraftView['evidence'],
    summary: row.summary,
    result: complete ? assessDemocracy(complete.conditions, complete.exclusions) : null,
    createdBy: person(row.created_by, row.creator_name),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    signer: row.signer_id ? person(row.signer_id, row.signer_name) : null,
    handedOverBy: row.handed_over_by ? person(row.handed_over_by, row.handed_over_by_name) : null,
    handedOverAt: row.handed_over_at ? iso(row.handed_over_at) : null,
    returnedBy: row.returned_by ? person(row.returned_by, row.returned_by_name) : null,
    returnedAt: row.returned_at ? iso(row.returned_at) : null,
    returnComment: row.return_comment,
    changesSinceHandOver:
      row.status === 'ready_for_signing' && row.handed_over_answers
        ? reviewChanges(row.handed_over_answers as DraftAnswers, answers)
        : [],
    assessmentId: row.assessment_id,
    version: row.version,
  };
}

/**
 * A draft's content as audit fields, one per answer, so the history names exactly what changed:
 * `met.<condition>` and `applies.<ground>` in stored values, their motivations and evidence,
 * the basis and the summary.
 */
export function auditedContent(content: DraftAnswers & { basis: string; evidence: unknown[]; summary: string }): Record<string, unknown> {
  const fields: Record<string, unknown> = { basis: content.basis, evidence: content.evidence, summary: content.summary };
  for (const a of content.conditions) {
    fields[`met.${a.condition}`] = a.met;
    fields[`justification.${a.condition}`] = a.justification;
    fields[`evidence.${a.condition}`] = a.evidence;
  }
  for (const a of content.exclusions) {
    fields[`applies.${a.ground}`] = a.applies;
    fields[`justification.${a.ground}`] = a.justification;
    fields[`evidence.${a.ground}`] = a.evidence;
  }
  return fields;
}
