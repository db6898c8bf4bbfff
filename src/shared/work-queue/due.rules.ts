import { addDays, addMonths } from '../lifecycle/termination.rules';
import { RESERVED_CONTRACT_MAX_MONTHS } from '../cooperations/gate.types';
import type { FollowUpKind } from '../followup/follow-up-record.rules';
import { PARTNER_CONTROL_DOCUMENTS, type PartnerControlDocument } from '../organisations/partner-control.rules';

/**
 * The partner-control documents that describe one year (ORG-4): minutes of the annual meeting,
 * the annual and financial reports, the auditor's report, the plan with the board and the member
 * count. The statutes and the description of the idea hold until they are replaced.
 */
export const YEARLY_CONTROL_DOCUMENTS: readonly PartnerControlDocument[] = [
  'annual_meeting_minutes',
  'annual_activity_report',
  'financial_report',
  'audit_report',
  'activity_plan_and_board',
  'member_count',
];

/**
 * The oldest year a yearly control document may describe and still be current: last year's. By
 * the spring annual meeting an organisation has reported on last year, so a document of the year
 * before that is out of date (ORG-4: the control reads the organisation as it is now, IOP-3).
 */
export function oldestCurrentControlYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** What partner control lacks: documents neither received nor marked as not existing, and yearly ones out of date. */
export type PartnerControlGaps = { missing: PartnerControlDocument[]; outdated: PartnerControlDocument[] };

/**
 * The gaps in an organisation's partner control on a date (ORG-4, IOP-3): a document is missing
 * when none is received and no reason says it does not exist; a yearly document is out of date
 * when the newest received describes a year before last year.
 */
export function partnerControlGaps(
  newestYearByType: ReadonlyMap<string, number>,
  notExisting: ReadonlySet<string>,
  today: string,
): PartnerControlGaps {
  const oldest = oldestCurrentControlYear(today);
  const missing: PartnerControlDocument[] = [];
  const outdated: PartnerControlDocument[] = [];
  for (const type of PARTNER_CONTROL_DOCUMENTS) {
    const year = newestYearByType.get(type);
    if (year === undefined) {
      if (!notExisting.has(type)) missing.push(type);
    } else if (YEARLY_CONTROL_DOCUMENTS.includes(type) && year < oldest) {
      outdated.push(type);
    }
  }
  return { missing, outdated };
}

/** How many months before its three-year limit a reserved contract is listed (FRM-6). */
export const RESERVED_CONTRACT_NOTICE_MONTHS = 6;

/** The last day a reserved contract may run (FRM-6: at most three years from its start). */
export function reservedContractLimit(startDate: string): string {
  return addDays(addMonths(startDate, RESERVED_CONTRACT_MAX_MONTHS), -1);
}

/**
 * Whether a running reserved contract is within six months of its three-year limit, or past it
 * (FRM-6): time to procure anew, without the holder.
 */
export function isReservedContractNearLimit(startDate: string, today: string): boolean {
  return today >= addMonths(reservedContractLimit(startDate), -RESERVED_CONTRACT_NOTICE_MONTHS);
}

/** A period that has ended: its text (`2026-H1`, `2026`), first and last day. */
export type EndedPeriod = { period: string; start: string; end: string };

/** The semester before the one `today` falls in (`2026-H1` when today is in the autumn of 2026). */
export function previousSemester(today: string): EndedPeriod {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 6
    ? { period: `${year - 1}-H2`, start: `${year - 1}-07-01`, end: `${year - 1}-12-31` }
    : { period: `${year}-H1`, start: `${year}-01-01`, end: `${year}-06-30` };
}

/** The calendar year before the one `today` falls in. */
export function previousYear(today: string): EndedPeriod {
  const year = Number(today.slice(0, 4)) - 1;
  return { period: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The first and last day of a period (`2026-H1`, `2026-H2` or `2026`). */
export function periodBounds(period: string): { start: string; end: string } {
  const year = period.slice(0, 4);
  if (period.endsWith('-H1')) return { start: `${year}-01-01`, end: `${year}-06-30` };
  if (period.endsWith('-H2')) return { start: `${year}-07-01`, end: `${year}-12-31` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * The follow-ups of the agreement with Arbetsförmedlingen that are due as records (AGR-5): the
 * operative steering group's of each semester, the strategic steering group's of each year and
 * each cluster's routine follow-up of each semester — for the period last ended. The IOP steering
 * group's yearly follow-up is due through its annual-cycle task (IOP-7), listed as such.
 */
export function dueFollowUps(today: string): { kind: FollowUpKind; bodyType: string; period: EndedPeriod }[] {
  const semester = previousSemester(today);
  return [
    { kind: 'operative_semester', bodyType: 'operative_steering_group', period: semester },
    { kind: 'strategic_yearly', bodyType: 'strategic_steering_group', period: previousYear(today) },
    { kind: 'cluster_routine', bodyType: 'cluster', period: semester },
  ];
}

/**
 * The measurement periods of a plan that may be listed as missing values: those that have ended,
 * of this year's and last year's plans (older gaps are history the annual review takes up).
 */
export function endedPlanPeriods(planYear: number, periodKind: 'semester' | 'year', today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  if (planYear < thisYear - 1 || planYear > thisYear) return [];
  const periods = periodKind === 'semester' ? [`${planYear}-H1`, `${planYear}-H2`] : [String(planYear)];
  return periods.filter((p) => periodBounds(p).end < today);
}

/**
 * The report periods a partner owes for a cooperation (IOP-9): both semesters and the year, of
 * last year and this, that have ended and during which the cooperation ran.
 */
export function endedReportPeriods(today: string, ran: { startDate: string | null; endDate: string | null }): string[] {
  const year = Number(today.slice(0, 4));
  const periods = [`${year - 1}-H1`, `${year - 1}-H2`, String(year - 1), `${year}-H1`, `${year}-H2`, String(year)];
  return periods.filter((p) => {
    const { start, end } = periodBounds(p);
    if (end >= today) return false;
    if (ran.startDate !== null && ran.startDate > end) return false;
    return ran.endDate === null || ran.endDate >= start;
  });
}

/** The day after a period's last day: when what is owed for it falls due. */
export function dueAfter(period: string): string {
  return addDays(periodBounds(period).end, 1);
}
