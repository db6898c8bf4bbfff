import {
  DEMOCRACY_CONDITIONS,
  type DemocracyCondition,
  type Evidence,
  EXCLUSION_GROUNDS,
  type ExclusionGround,
} from '../../../shared/organisations/democracy.rules';
import type { SignAssessmentInput } from '../../../shared/organisations/democracy.schemas';

/** One question of the assessment as the form holds it: unanswered until the manager chooses. */
export type AnswerValues = {
  answer: boolean | null;
  justification: string;
  /** Web addresses, one per line. */
  urls: string;
  documentIds: string[];
};

export type AssessmentFormValues = {
  conditions: Record<DemocracyCondition, AnswerValues>;
  exclusions: Record<ExclusionGround, AnswerValues>;
  summary: string;
};

const emptyAnswer = (): AnswerValues => ({ answer: null, justification: '', urls: '', documentIds: [] });

/** A blank assessment: nothing is pre-answered, so every answer is a deliberate choice (DEM-3). */
export function emptyAssessmentForm(): AssessmentFormValues {
  return {
    conditions: Object.fromEntries(DEMOCRACY_CONDITIONS.map((c) => [c, emptyAnswer()])) as Record<DemocracyCondition, AnswerValues>,
    exclusions: Object.fromEntries(EXCLUSION_GROUNDS.map((g) => [g, emptyAnswer()])) as Record<ExclusionGround, AnswerValues>,
    summary: '',
  };
}

/** Web addresses first, then documents: the order the server's `evidence.N` paths count in. */
export function evidenceOf(values: Pick<AnswerValues, 'urls' | 'documentIds'>): Evidence[] {
  const urls = values.urls
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((url): Evidence => ({ kind: 'url', url }));
  return [...urls, ...values.documentIds.map((documentId): Evidence => ({ kind: 'document', documentId }))];
}

/** True when every question has a yes/no answer. */
export function isFullyAnswered(values: AssessmentFormValues): boolean {
  return [...Object.values(values.conditions), ...Object.values(values.exclusions)].every((a) => a.answer !== null);
}

/** The API input, in the shared enums' order so `conditions.N` in an error names the N:th question. */
export function toAssessmentInput(values: AssessmentFormValues): SignAssessmentInput {
  const summary = values.summary.trim();
  return {
    conditions: DEMOCRACY_CONDITIONS.map((condition) => {
      const a = values.conditions[condition];
      return { condition, met: a.answer === true, justification: a.justification, evidence: evidenceOf(a) };
    }),
    exclusions: EXCLUSION_GROUNDS.map((ground) => {
      const a = values.exclusions[ground];
      return { ground, applies: a.answer === true, justification: a.justification, evidence: evidenceOf(a) };
    }),
    ...(summary ? { summary } : {}),
  };
}

export type AnswerField = 'answer' | 'justification' | 'urls' | 'documentIds';
/** Form paths look like `conditions.no_discrimination.justification`. */
export type AnswerPath = `${'conditions' | 'exclusions'}.${string}.${AnswerField}`;

/** The questions left unanswered or without a justification, as form paths (checked before signing). */
export function missingAnswers(values: AssessmentFormValues): AnswerPath[] {
  const paths: AnswerPath[] = [];
  const check = (group: 'conditions' | 'exclusions', key: string, a: AnswerValues) => {
    if (a.answer === null) paths.push(`${group}.${key}.answer`);
    if (a.justification.trim() === '') paths.push(`${group}.${key}.justification`);
  };
  for (const c of DEMOCRACY_CONDITIONS) check('conditions', c, values.conditions[c]);
  for (const g of EXCLUSION_GROUNDS) check('exclusions', g, values.exclusions[g]);
  return paths;
}

/**
 * A server error path (`conditions.2.evidence.1.url`) as a form path: the index names the
 * question, and evidence indexes past the web addresses point at the documents.
 */
export function assessmentFormPath(serverPath: string, values: AssessmentFormValues): string {
  const match = /^(conditions|exclusions)\.(\d+)(?:\.(\w+)(?:\.(\d+))?)?/.exec(serverPath);
  if (!match) return serverPath;
  const group = match[1] as 'conditions' | 'exclusions';
  const keys: readonly string[] = group === 'conditions' ? DEMOCRACY_CONDITIONS : EXCLUSION_GROUNDS;
  const key = keys[Number(match[2])];
  if (!key) return serverPath;
  const field = match[3];
  if (field === 'justification') return `${group}.${key}.justification`;
  if (field === 'met' || field === 'applies') return `${group}.${key}.answer`;
  if (field === 'evidence') {
    const answer = (values[group] as Record<string, AnswerValues>)[key];
    const urlCount = answer ? evidenceOf({ urls: answer.urls, documentIds: [] }).length : 0;
    return `${group}.${key}.${Number(match[4] ?? 0) < urlCount ? 'urls' : 'documentIds'}`;
  }
  return `${group}.${key}.justification`;
}
