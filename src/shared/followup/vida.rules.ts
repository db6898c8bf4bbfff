import { type DatedValue, entryOn } from '../cooperations/thresholds.rules';
import { VIDA_OCCASIONS } from '../cooperations/gate.types';
import { isValidGiro } from '../organisations/giro.rules';

/**
 * VIDA payouts (FRM-5): an association is paid a rate per participant for an activity of 8–15
 * occasions. Payouts are made per semester; the rate is the dated value in force on the
 * semester's first day, and a period outside the frame needs the responsible manager's exception.
 */
export const VIDA_RATE_CODE = 'vida_rate_per_participant';

export const PERIOD_HALVES = ['spring', 'autumn'] as const;
export type PeriodHalf = (typeof PERIOD_HALVES)[number];

/** A VIDA payout period: a semester, spring (January–June) or autumn (July–December). */
export type VidaPeriod = { year: number; half: PeriodHalf };

/** The period's key as the API writes it, e.g. `2026-spring`. */
export function periodKey(p: VidaPeriod): string {
  return `${p.year}-${p.half}`;
}

/** Reads a period key such as `2026-autumn`; undefined when it is not one. */
export function parsePeriodKey(key: string): VidaPeriod | undefined {
  const match = /^(\d{4})-(spring|autumn)$/.exec(key);
  if (!match) return undefined;
  return { year: Number(match[1]), half: match[2] as PeriodHalf };
}

/** The period's date, which decides its rate: its first day (1 January or 1 July). */
export function periodStart(p: VidaPeriod): string {
  return `${p.year}-${p.half === 'spring' ? '01-01' : '07-01'}`;
}

/** The period a date (YYYY-MM-DD) falls in. */
export function periodOfDate(date: string): VidaPeriod {
  return { year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 'spring' : 'autumn' };
}

/** The rate per participant in force on the period's first day, with the date it applies from; null when none is. */
export function rateForPeriod(values: readonly DatedValue[], period: VidaPeriod): { amountSek: number; validFrom: string } | null {
  const entry = entryOn(values, VIDA_RATE_CODE, periodStart(period));
  return entry ? { amountSek: entry.amountSek, validFrom: entry.validFrom } : null;
}

/** The payout: participants × the rate, in whole öre. */
export function payoutAmount(participants: number, rateSek: number): number {
  return Math.round(participants * rateSek * 100) / 100;
}

/** True when the number of occasions is within the VIDA frame of 8–15. */
export function isWithinVidaFrame(occasions: number): boolean {
  return Number.isInteger(occasions) && occasions >= VIDA_OCCASIONS.min && occasions <= VIDA_OCCASIONS.max;
}

/** Why a payout cannot be registered as it stands, or null when it can. */
export type VidaPayoutProblem = 'outside_frame' | 'exception_not_needed' | null;

/**
 * A period outside 8–15 occasions is paid only with a recorded exception and its motivation;
 * an exception on a period within the frame is refused, so an exception always means something.
 */
export function payoutProblem(occasions: number, exceptionMotivation: string | null | undefined): VidaPayoutProblem {
  const hasException = typeof exceptionMotivation === 'string' && exceptionMotivation.trim() !== '';
  if (isWithinVidaFrame(occasions)) return hasException ? 'exception_not_needed' : null;
  return hasException ? null : 'outside_frame';
}

/** Sum of payout amounts in whole öre, so that many rows add up exactly. */
export function totalAmount(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0) / 100;
}

/**
 * What keeps an association from being paid (FRM-5): no organisation number, or no valid giro
 * number. A valid bankgiro or plusgiro suffices; an invalid one stored earlier is named.
 */
export function payeeProblems(p: {
  orgNumber: string | null;
  bankgiro: string | null;
  plusgiro: string | null;
}): ('org_number_missing' | 'giro_missing' | 'bankgiro_invalid' | 'plusgiro_invalid')[] {
  const problems: ('org_number_missing' | 'giro_missing' | 'bankgiro_invalid' | 'plusgiro_invalid')[] = [];
  if (!p.orgNumber) problems.push('org_number_missing');
  const bankgiroOk = isValidGiro('bankgiro', p.bankgiro);
  const plusgiroOk = isValidGiro('plusgiro', p.plusgiro);
  if (p.bankgiro && !bankgiroOk) problems.push('bankgiro_invalid');
  if (p.plusgiro && !plusgiroOk) problems.push('plusgiro_invalid');
  if (!p.bankgiro && !p.plusgiro) problems.push('giro_missing');
  return problems;
}
