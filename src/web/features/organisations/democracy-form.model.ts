import {
  answerIsYes,
  assessDemocracy,
  DEMOCRACY_CONDITIONS,
  type DemocracyCondition,
  type DemocracyResult,
  type DemocracySection,
  type DraftConditionAnswer,
  type DraftExclusionAnswer,
  type Evidence,
  EXCLUSION_GROUNDS,
  type ExclusionGround,
  signingProblems,
  storedValueOf,
} from '../../../shared/organisations/democracy.rules';
import type { DemocracyDraftView } from '../../../shared/organisations/democracy-draft.schemas';

/** "Ja" or "Nej" to a question as worded on screen; "Ja" is always the safe answer. */
export type Answer = 'yes' | 'no';

/** One question as the form holds it: unanswered until someone chooses. */
export type AnswerValues = {
  answer: Answer | null;
  /** Asked for only after a "Nej". */
  justification: string;
  /** Web addresses, one per line. */
  urls: string;
  documentIds: string[];
};

export type AssessmentFormValues = {
  conditions: Record<DemocracyCondition, AnswerValues>;
  exclusions: Record<ExclusionGround, AnswerValues>;
  /** Which sources were checked: the ground of every "Ja". */
  basis: string;
  basisUrls: string;
  basisDocumentIds: string[];
  summary: string;
};

/** The content of a draft as the API takes it. */
export type DraftContent = {
  conditions: DraftConditionAnswer[];
  exclusions: DraftExclusionAnswer[];
  basis: string;
  evidence: Evidence[];
  summary: string;
};

/** Web addresses first, then documents: the order the server's `evidence.N` paths count in. */
export function evidenceOf(values: Pick<AnswerValues, 'urls' | 'documentIds'>): Evidence[] {
  const urls = values.urls
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((url): Evidence => ({ kind: 'url', url }));
  return [...urls, ...values.documentIds.map((documentId): Evidence => ({ kind: 'document', documentId }))];
}

function splitEvidence(evidence: Evidence[]): Pick<AnswerValues, 'urls' | 'documentIds'> {
  return {
    urls: evidence.flatMap((e) => (e.kind === 'url' ? [e.url] : [])).join('\n'),
    documentIds: evidence.flatMap((e) => (e.kind === 'document' ? [e.documentId] : [])),
  };
}

function answerOf(section: DemocracySection, stored: boolean | null): Answer | null {
  if (stored === null) return null;
  return answerIsYes(section, stored) ? 'yes' : 'no';
}

/** The form filled in from a draft as the server has it. */
export function formFromDraft(draft: Pick<DemocracyDraftView, 'conditions' | 'exclusions' | 'basis' | 'evidence' | 'summary'>): AssessmentFormValues {
  const basisEvidence = splitEvidence(draft.evidence);
  return {
    conditions: Object.fromEntries(
      DEMOCRACY_CONDITIONS.map((c) => {
        const a = draft.conditions.find((x) => x.condition === c);
        return [c, { answer: answerOf('conditions', a?.met ?? null), justification: a?.justification ?? '', ...splitEvidence(a?.evidence ?? []) }];
      }),
    ) as Record<DemocracyCondition, AnswerValues>,
    exclusions: Object.fromEntries(
      EXCLUSION_GROUNDS.map((g) => {
        const a = draft.exclusions.find((x) => x.ground === g);
        return [g, { answer: answerOf('exclusions', a?.applies ?? null), justification: a?.justification ?? '', ...splitEvidence(a?.evidence ?? []) }];
      }),
    ) as Record<ExclusionGround, AnswerValues>,
    basis: draft.basis,
    basisUrls: basisEvidence.urls,
    basisDocumentIds: basisEvidence.documentIds,
    summary: draft.summary,
  };
}

function stored(section: DemocracySection, a: AnswerValues): { value: boolean | null; justification: string; evidence: Evidence[] } {
  if (a.answer === null) return { value: null, justification: '', evidence: [] };
  // A "Ja" rests on the common basis; a motivation typed before switching to "Ja" is not kept.
  if (a.answer === 'yes') return { value: storedValueOf(section, true), justification: '', evidence: [] };
  return { value: storedValueOf(section, false), justification: a.justification.trim(), evidence: evidenceOf(a) };
}

/** The API content, in the questions' order so `conditions.N` in an error names the N:th question. */
export function toDraftContent(values: AssessmentFormValues): DraftContent {
  return {
    conditions: DEMOCRACY_CONDITIONS.map((condition) => {
      const { value, ...rest } = stored('conditions', values.conditions[condition]);
      return { condition, met: value, ...rest };
    }),
    exclusions: EXCLUSION_GROUNDS.map((ground) => {
      const { value, ...rest } = stored('exclusions', values.exclusions[ground]);
      return { ground, applies: value, ...rest };
    }),
    basis: values.basis.trim(),
    evidence: evidenceOf({ urls: values.basisUrls, documentIds: values.basisDocumentIds }),
    summary: values.summary.trim(),
  };
}

/** What the answers lead to once all nine are given (DEM-1, DEM-2); null while any is open. */
export function resultOf(values: AssessmentFormValues): DemocracyResult | null {
  const content = toDraftContent(values);
  const conditions = content.conditions.flatMap((a) => (a.met === null ? [] : [{ ...a, met: a.met }]));
  const exclusions = content.exclusions.flatMap((a) => (a.applies === null ? [] : [{ ...a, applies: a.applies }]));
  if (conditions.length < DEMOCRACY_CONDITIONS.length || exclusions.length < EXCLUSION_GROUNDS.length) return null;
  return assessDemocracy(conditions, exclusions);
}

export type AnswerField = 'answer' | 'justification' | 'urls' | 'documentIds';

/** What keeps the form from being handed over or signed, as form paths (the server checks the same). */
export function missingForSigning(values: AssessmentFormValues): string[] {
  return signingProblems(toDraftContent(values)).map((p) => assessmentFormPath(p.path, values));
}

/**
 * A server error path (`conditions.2.evidence.1.url`, `exclusions.0.applies`, `evidence.0`) as a
 * form path: the index names the question, and evidence indexes past the web addresses point at
 * the documents.
 */
export function assessmentFormPath(serverPath: string, values: AssessmentFormValues): string {
  const basisEvidence = /^evidence\.(\d+)/.exec(serverPath);
  if (basisEvidence) {
    const urlCount = evidenceOf({ urls: values.basisUrls, documentIds: [] }).length;
    return Number(basisEvidence[1]) < urlCount ? 'basisUrls' : 'basisDocumentIds';
  }
  const match = /^(conditions|exclusions)\.(\d+)(?:\.(\w+)(?:\.(\d+))?)?/.exec(serverPath);
  if (!match) return serverPath;
  const group = match[1] as DemocracySection;
  const keys: readonly string[] = group === 'conditions' ? DEMOCRACY_CONDITIONS : EXCLUSION_GROUNDS;
  const key = keys[Number(match[2])];
  if (!key) return serverPath;
  const field = match[3];
  if (field === 'met' || field === 'applies' || field === undefined) return `${group}.${key}.answer`;
  if (field === 'evidence') {
    const answer = (values[group] as Record<string, AnswerValues>)[key];
    const urlCount = answer ? evidenceOf({ urls: answer.urls, documentIds: [] }).length : 0;
    return `${group}.${key}.${Number(match[4] ?? 0) < urlCount ? 'urls' : 'documentIds'}`;
  }
  return `${group}.${key}.justification`;
}
