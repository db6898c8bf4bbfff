import { checkMeasurements, type RuleCell } from '../followup/measurement.rules';

/**
 * Rules of a job partnership's offers and of job tracks (EMP-2, EMP-4): the kinds of offer, the
 * track's statuses, and the checks an offer's outcomes must pass. The outcomes are aggregates by
 * the follow-up breakdowns (gender, target group) and follow the same rules as measurements
 * (AGR-6): no part exceeds its total and the gender parts add up to the total. Shared by the
 * server (which refuses a violation with 400) and the web form (which checks while typing).
 */

/** What a job partnership offers (004; wage-subsidised jobs: 003 §3.1.3; job tracks: EMP-4). */
export const OFFER_KINDS = ['job', 'wage_subsidised_job', 'internship', 'apl', 'job_track'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const OFFER_STATUSES = ['open', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A job track is planned, then running (once every employer's controls pass, EMP-2), then ended. */
export const JOB_TRACK_STATUSES = ['planned', 'running', 'ended'] as const;
export type JobTrackStatus = (typeof JOB_TRACK_STATUSES)[number];

/** What an offer's outcomes count: the participants who started, and those who got a job. */
export const OUTCOME_MEASURES = ['started', 'employed'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

/** An outcome period: a half-year ('2026-H1', '2026-H2'), the finest period of the follow-up. */
export const HALF_YEAR_PATTERN = /^(\d{4})-H([12])$/;

/** The first and last day of a half-year, or null when the text is not one. */
export function halfYearDays(period: string): { from: string; to: string } | null {
  const match = HALF_YEAR_PATTERN.exec(period);
  if (!match) return null;
  return match[2] === '1' ? { from: `${match[1]}-01-01`, to: `${match[1]}-06-30` } : { from: `${match[1]}-07-01`, to: `${match[1]}-12-31` };
}

/** Whether a span of days (an open end runs on) overlaps another. */
export function overlaps(start: string, end: string | null, from: string, to: string): boolean {
  return start <= to && (end === null || end >= from);
}

/** The counts of one measure: the total and its parts by gender and by target group (category code → count). */
export type OutcomeCounts = { total: number; byGender: Record<string, number>; byTargetGroup: Record<string, number> };

export type OutcomeProblem = { path: string; message: string };

/**
 * Checks an offer's outcomes for a period (EMP-4, AGR-6): every category must be an active one of
 * its breakdown; within a measure no part may exceed the total and the gender parts, when all are
 * given, must add up to the total; and no more can have got a job than started.
 */
export function checkOfferOutcome(
  outcome: Record<OutcomeMeasure, OutcomeCounts>,
  categories: { genderCodes: readonly string[]; targetGroupCodes: readonly string[] },
): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  const cells: RuleCell[] = [];
  const paths: string[] = [];
  for (const measure of OUTCOME_MEASURES) {
    const counts = outcome[measure];
    const base = { indicatorId: measure, period: '', clusterId: null };
    cells.push({ ...base, dimension: null, category: null, value: counts.total });
    paths.push(`${measure}.total`);
    const parts: [keyof OutcomeCounts, 'gender' | 'target_group', readonly string[]][] = [
      ['byGender', 'gender', categories.genderCodes],
      ['byTargetGroup', 'target_group', categories.targetGroupCodes],
    ];
    for (const [field, dimension, codes] of parts) {
      for (const [code, value] of Object.entries(counts[field] as Record<string, number>)) {
        if (!codes.includes(code)) {
          problems.push({ path: `${measure}.${field}.${code}`, message: 'validation.measurement.category' });
          continue;
        }
        cells.push({ ...base, dimension, category: code, value });
        paths.push(`${measure}.${field}.${code}`);
      }
    }
  }
  for (const v of checkMeasurements(cells, categories.genderCodes)) {
    const measure = cells[v.index]!.indicatorId;
    problems.push(
      v.rule === 'gender_sum'
        ? { path: `${measure}.byGender`, message: 'validation.measurement.genderSum' }
        : { path: paths[v.index]!, message: 'validation.measurement.exceedsTotal' },
    );
  }
  if (outcome.employed.total > outcome.started.total) problems.push({ path: 'employed.total', message: 'validation.offerOutcome.employedExceedsStarted' });
  return problems;
}

/** The employers of a track whose controls do not pass, for the 409 of a start or an addition (EMP-2). */
export type UnmetEmployer = { organisationId: string; name: string; controls: { code: string; nameSv: string; nameEn: string; state: string }[]; programme: string | null };
