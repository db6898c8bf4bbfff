/** The four democracy conditions every partner must meet (DEM-1); phrased as what it must not do. */
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

export type ConditionAnswer = { condition: DemocracyCondition; met: boolean; justification: string; evidence: Evidence[] };
export type ExclusionAnswer = { ground: ExclusionGround; applies: boolean; justification: string; evidence: Evidence[] };

export type DemocracyResult = 'eligible' | 'not_eligible';

/** Eligible only when all four conditions are met and none of the five exclusion grounds applies (DEM-1, DEM-2). */
export function assessDemocracy(conditions: ConditionAnswer[], exclusions: ExclusionAnswer[]): DemocracyResult {
  const allMet = DEMOCRACY_CONDITIONS.every((c) => conditions.find((a) => a.condition === c)?.met === true);
  const noneApplies = EXCLUSION_GROUNDS.every((g) => exclusions.find((a) => a.ground === g)?.applies === false);
  return allMet && noneApplies ? 'eligible' : 'not_eligible';
}

export type DemocracyStatus = 'not_assessed' | 'eligible' | 'not_eligible' | 'expired';

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
