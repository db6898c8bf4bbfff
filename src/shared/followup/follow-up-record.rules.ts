import { type GovernanceBodyType, STEERING_GROUP_TYPES } from '../governance/governance.schemas';

/**
 * The kinds of follow-up kept as records: the operative follow-up each semester and the strategic
 * follow-up each year of the agreement with Arbetsförmedlingen (AGR-5), the IOP steering group's
 * yearly follow-up (IOP-7) and the twice-yearly routine follow-up of each cluster (AGR-5).
 */
export const FOLLOW_UP_KINDS = ['operative_semester', 'strategic_yearly', 'iop_yearly', 'cluster_routine'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** How a routine question is answered: routines current, known and followed — yes, partly or no (AGR-5). */
export const ROUTINE_ANSWERS = ['yes', 'partly', 'no'] as const;
export type RoutineAnswer = (typeof ROUTINE_ANSWERS)[number];

/** A period is a semester ('2026-H1', '2026-H2') or a calendar year ('2026'). */
export type PeriodKind = 'semester' | 'year';

const SEMESTER = /^(\d{4})-H([12])$/;
const YEAR = /^(\d{4})$/;

/**
 * The period each kind is held for (AGR-5, IOP-7): the operative follow-up and the clusters'
 * routine follow-up each semester, the strategic and the IOP steering group's follow-up each year.
 */
export function periodKindOf(kind: FollowUpKind): PeriodKind {
  return kind === 'operative_semester' || kind === 'cluster_routine' ? 'semester' : 'year';
}

/** Whether a text is a semester or a year, or neither (null). */
export function periodKindOfText(period: string): PeriodKind | null {
  if (SEMESTER.test(period)) return 'semester';
  if (YEAR.test(period)) return 'year';
  return null;
}

/** True when the period is of the kind the follow-up needs: a semester kind needs a semester (AGR-5, IOP-7). */
export function periodMatchesKind(kind: FollowUpKind, period: string): boolean {
  return periodKindOfText(period) === periodKindOf(kind);
}

/** The calendar year a period falls in. */
export function yearOfPeriod(period: string): number {
  return Number(period.slice(0, 4));
}

/**
 * The governance-body type of an agreement's joint beredningsgrupp, which keeps the clusters'
 * routine template and prepares the agreement's revision (AGR-5). This is a body of the agreement
 * with staff of both parties — not the administration's internal review group of INI-7, which is a
 * user role and never keeps the template.
 */
export const JOINT_PREPARATION_GROUP_TYPE: GovernanceBodyType = 'review_group';

/**
 * Which bodies hold each kind (AGR-5, IOP-7): the operative and the strategic steering group, the
 * IOP's steering group, and each cluster its own routine follow-up.
 */
export function holdingBodyTypes(kind: FollowUpKind): readonly GovernanceBodyType[] {
  switch (kind) {
    case 'operative_semester':
      return ['operative_steering_group'];
    case 'strategic_yearly':
      return ['strategic_steering_group'];
    case 'iop_yearly':
      return STEERING_GROUP_TYPES;
    case 'cluster_routine':
      return ['cluster'];
  }
}

/** True when a body of this type may hold a follow-up of this kind (AGR-5, IOP-7). */
export function mayHold(kind: FollowUpKind, bodyType: string): boolean {
  return (holdingBodyTypes(kind) as readonly string[]).includes(bodyType);
}

/**
 * The year of the annual cycle whose spring follow-up task an IOP steering group's yearly
 * follow-up completes (IOP-7): the spring task follows up the previous year, so a follow-up of
 * 2025 completes the task of 2026.
 */
export function cycleYearCompletedBy(period: string): number {
  return yearOfPeriod(period) + 1;
}

/** Whether a record of this kind answers the routine template (AGR-5). */
export function answersTemplate(kind: FollowUpKind): boolean {
  return kind === 'cluster_routine';
}

/**
 * Checks answers against the questions of the template version a routine follow-up answers
 * (AGR-5): each question answered exactly once, none from elsewhere. Returns the index of each
 * answer that is unknown or repeated, and whether any question is left unanswered.
 */
export function checkAnswers(questionIds: readonly string[], answers: readonly { questionId: string }[]): { invalid: number[]; missing: boolean } {
  const known = new Set(questionIds);
  const seen = new Set<string>();
  const invalid: number[] = [];
  answers.forEach((a, i) => {
    if (!known.has(a.questionId) || seen.has(a.questionId)) invalid.push(i);
    seen.add(a.questionId);
  });
  return { invalid, missing: questionIds.some((id) => !seen.has(id)) };
}

/**
 * Who may change the routine template (AGR-5): those who write governance, or a member of the
 * joint beredningsgrupp that keeps it. The internal review group's role gives no right here.
 */
export function mayEditTemplate(who: { writesGovernance: boolean; memberOfKeeper: boolean }): boolean {
  return who.writesGovernance || who.memberOfKeeper;
}

/** The semester of a date: '2026-H1' for January–June, '2026-H2' for July–December. */
export function semesterOf(isoDate: string): string {
  return `${isoDate.slice(0, 4)}-H${Number(isoDate.slice(5, 7)) <= 6 ? 1 : 2}`;
}
