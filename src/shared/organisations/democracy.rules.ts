/**
 * The four democracy conditions every partner must meet (DEM-1); phrased as what it must not do.
 *
 * Stored answers keep their own meaning, whatever the wording of the question on screen: a
 * condition's `met` is true when the condition is met, an exclusion ground's `applies` is true
 * when the ground applies. Signed assessments from before the questions were reworded therefore
 * mean exactly what they meant when they were signed, and nothing stored had to be rewritten.
 * The questions are worded so that "Ja" is always the safe answer (`answerIsYes`).
 */
export const DEMOCRACY_CONDITIONS = [
  'no_violence_or_coercion',
  'no_discrimination',
  'no_justification_of_such_acts',
  'no_counteracting_democracy',
] as const;
export type DemocracyCondition = (typeof DEMOCRACY_CONDITIONS)[number];

/** The five further grounds on which the committee does not cooperate (DEM-2). */
export const EXCLUSION_GROUNDS = [
  'outside_mission',
  'no_identified_need',
  'advocates_violence_alcohol_or_drugs',
  'no_good_economic_order',
  'negative_effects_for_participants',
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];

export type Evidence = { kind: 'document'; documentId: string } | { kind: 'url'; url: string };

/** A justification is only required for the unsafe answer; for a safe one it is an empty string. */
export type ConditionAnswer = { condition: DemocracyCondition; met: boolean; justification: string; evidence: Evidence[] };
export type ExclusionAnswer = { ground: ExclusionGround; applies: boolean; justification: string; evidence: Evidence[] };

/** An answer while the assessment is being prepared: `null` until someone chooses. */
export type DraftConditionAnswer = Omit<ConditionAnswer, 'met'> & { met: boolean | null };
export type DraftExclusionAnswer = Omit<ExclusionAnswer, 'applies'> & { applies: boolean | null };

export type DemocracySection = 'conditions' | 'exclusions';

/** The nine questions in the order they are asked: the four conditions, then the five grounds. */
export const DEMOCRACY_QUESTIONS: readonly { section: DemocracySection; key: DemocracyCondition | ExclusionGround; requirement: 'DEM-1' | 'DEM-2' }[] = [
  ...DEMOCRACY_CONDITIONS.map((key) => ({ section: 'conditions' as const, key, requirement: 'DEM-1' as const })),
  ...EXCLUSION_GROUNDS.map((key) => ({ section: 'exclusions' as const, key, requirement: 'DEM-2' as const })),
];

/**
 * Whether a stored value is "Ja" to the question as worded (DEM-1, DEM-2): every question asks
 * whether a condition or a prerequisite holds, so "Ja" is a met condition or a ground that does
 * not apply, and "Ja" is always the safe answer.
 */
export function answerIsYes(section: DemocracySection, stored: boolean): boolean {
  return section === 'conditions' ? stored : !stored;
}

/** The stored value (`met` or `applies`) of a "Ja" or "Nej" to the question as worded. */
export function storedValueOf(section: DemocracySection, yes: boolean): boolean {
  return section === 'conditions' ? yes : !yes;
}

export type DemocracyResult = 'eligible' | 'not_eligible';

/** Eligible only when all four conditions are met and none of the five exclusion grounds applies (DEM-1, DEM-2). */
export function assessDemocracy(conditions: ConditionAnswer[], exclusions: ExclusionAnswer[]): DemocracyResult {
  const allMet = DEMOCRACY_CONDITIONS.every((c) => conditions.find((a) => a.condition === c)?.met === true);
  const noneApplies = EXCLUSION_GROUNDS.every((g) => exclusions.find((a) => a.ground === g)?.applies === false);
  return allMet && noneApplies ? 'eligible' : 'not_eligible';
}

export type SigningProblem = { path: string; message: 'validation.answer' | 'validation.motivation' | 'validation.basis' };

/**
 * What keeps an assessment from being handed over or signed (DEM-1–3): every question answered;
 * every unsafe answer motivated (the safe ones rest on the common basis); the basis — which
 * sources were checked — written down. Paths index the arrays as given.
 */
export function signingProblems(content: {
  conditions: DraftConditionAnswer[];
  exclusions: DraftExclusionAnswer[];
  basis: string | null | undefined;
}): SigningProblem[] {
  const problems: SigningProblem[] = [];
  const check = (path: string, stored: boolean | null, section: DemocracySection, justification: string) => {
    if (stored === null) problems.push({ path: `${path}.${section === 'conditions' ? 'met' : 'applies'}`, message: 'validation.answer' });
    else if (!answerIsYes(section, stored) && justification.trim() === '') problems.push({ path: `${path}.justification`, message: 'validation.motivation' });
  };
  content.conditions.forEach((a, i) => check(`conditions.${i}`, a.met, 'conditions', a.justification));
  content.exclusions.forEach((a, i) => check(`exclusions.${i}`, a.applies, 'exclusions', a.justification));
  if (!content.basis || content.basis.trim() === '') problems.push({ path: 'basis', message: 'validation.basis' });
  return problems;
}

/** A changed answer between hand-over and signing, in stored values (`met` or `applies`). */
export type ReviewChange = { section: DemocracySection; key: DemocracyCondition | ExclusionGround; before: boolean | null; after: boolean | null };

/** The answers the reviewing manager changed after the assessment was handed over (DEM-3). */
export function reviewChanges(
  handedOver: { conditions: DraftConditionAnswer[]; exclusions: DraftExclusionAnswer[] },
  current: { conditions: DraftConditionAnswer[]; exclusions: DraftExclusionAnswer[] },
): ReviewChange[] {
  const changes: ReviewChange[] = [];
  for (const key of DEMOCRACY_CONDITIONS) {
    const before = handedOver.conditions.find((a) => a.condition === key)?.met ?? null;
    const after = current.conditions.find((a) => a.condition === key)?.met ?? null;
    if (before !== after) changes.push({ section: 'conditions', key, before, after });
  }
  for (const key of EXCLUSION_GROUNDS) {
    const before = handedOver.exclusions.find((a) => a.ground === key)?.applies ?? null;
    const after = current.exclusions.find((a) => a.ground === key)?.applies ?? null;
    if (before !== after) changes.push({ section: 'exclusions', key, before, after });
  }
  return changes;
}

/** Where an assessment in preparation stands: worked on, handed over for signing, sent back, or closed. */
export const DRAFT_STATUSES = ['draft', 'ready_for_signing', 'returned', 'signed', 'discarded'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
/** The statuses of the one assessment an organisation may have in preparation at a time. */
export const OPEN_DRAFT_STATUSES = ['draft', 'ready_for_signing', 'returned'] as const satisfies readonly DraftStatus[];

export type DraftFacts = { status: DraftStatus; createdBy: string; signerId: string | null };

/**
 * Who may change an assessment in preparation (DEM-3): while it is worked on (or sent back),
 * anyone who prepares assessments; once handed over, only the manager it was handed to, as
 * part of the review; never once signed or discarded.
 */
export function mayEditDraft(draft: DraftFacts, userId: string): 'yes' | 'not_signer' | 'closed' {
  if (draft.status === 'signed' || draft.status === 'discarded') return 'closed';
  if (draft.status === 'ready_for_signing') return draft.signerId === userId ? 'yes' : 'not_signer';
  return 'yes';
}

/**
 * Whether a manager may sign this assessment (DEM-3): one handed over to them, or one they
 * prepared themselves and have not handed to someone else. Signing rights themselves (the
 * manager role) are checked separately.
 */
export function maySignDraft(draft: DraftFacts, userId: string): 'yes' | 'not_signer' | 'closed' {
  if (draft.status === 'signed' || draft.status === 'discarded') return 'closed';
  if (draft.status === 'ready_for_signing') return draft.signerId === userId ? 'yes' : 'not_signer';
  return draft.createdBy === userId ? 'yes' : 'not_signer';
}

export type DemocracyStatus = 'not_assessed' | 'eligible' | 'not_eligible' | 'expired';

/** A signed assessment as the status rules see it; assessments in preparation are never facts. */
export type AssessmentFact = { id: string; result: DemocracyResult; signedAt: string; validUntil: string };
export type RemediationFact = { id: string; completedOn: string; recordedAt: string };

/** Adds whole months to an ISO date (YYYY-MM-DD), clamping to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function latest(assessments: AssessmentFact[]): AssessmentFact | undefined {
  return [...assessments].sort((a, b) => b.signedAt.localeCompare(a.signedAt))[0];
}

/**
 * An organisation's democracy status on a date (DEM-3): the newest signed assessment decides;
 * an eligible one is valid through its `validUntil` date and is `expired` after it.
 */
export function democracyStatus(organisation: { assessments: AssessmentFact[] }, date: string): DemocracyStatus {
  const newest = latest(organisation.assessments.filter((a) => a.signedAt.slice(0, 10) <= date));
  if (!newest) return 'not_assessed';
  if (newest.result === 'not_eligible') return 'not_eligible';
  return newest.validUntil < date ? 'expired' : 'eligible';
}

/**
 * Whether a new assessment may find the organisation eligible (DEM-4): after a not-eligible
 * assessment only if a remediation measure was recorded afterwards and completed by `date`.
 */
export function mayBecomeEligible(
  organisation: { assessments: AssessmentFact[]; remediations: RemediationFact[] },
  date: string,
): boolean {
  const newest = latest(organisation.assessments);
  if (!newest || newest.result === 'eligible') return true;
  return organisation.remediations.some((r) => r.recordedAt > newest.signedAt && r.completedOn <= date);
}
