import { type DatedValue, valueOn } from '../cooperations/thresholds.rules';

/**
 * The accumulated value of a welfare-service procurement against the dated thresholds (FRM-7):
 * below the advertising limit it need not be advertised; between it and the threshold for social
 * and other specific services it must be advertised; from the threshold on, the full rules apply.
 * Both limits are read as they stand on the date the value was reached, never as constants.
 */

export const WELFARE_LIMITS = ['welfare_advertising_limit', 'social_services_threshold'] as const;
export type WelfareLimit = (typeof WELFARE_LIMITS)[number];

/** `warning` from 80 % of the next limit; `exceeded` from the limit itself; `unknown` when a limit has no value on the date. */
export const WELFARE_LEVELS = ['below', 'warning', 'exceeded', 'unknown'] as const;
export type WelfareLevel = (typeof WELFARE_LEVELS)[number];

/** The share of a limit from which the value is warned about (FRM-7: "a warning at 80 %"). */
export const WARNING_PERCENT = 80;

export type WelfareValueStatus = {
  /** The date the limits are read on: the date the accumulated value was reached. */
  date: string;
  accumulatedSek: number;
  advertisingLimitSek: number | null;
  socialThresholdSek: number | null;
  level: WelfareLevel;
  /** The limit the level is about: the next one to be reached, or the one crossed. */
  limit: WelfareLimit | null;
  /** An unadvertised contract whose value has reached the advertising limit must be advertised. */
  mustAdvertise: boolean;
};

const reaches = (amount: number, limit: number, percent = 100) => amount * 100 >= limit * percent;

/** The status of an accumulated value on a date against both limits in force on that date (FRM-7). */
export function welfareValueStatus(accumulatedSek: number, date: string, values: readonly DatedValue[], advertised: boolean): WelfareValueStatus {
  const advertisingLimitSek = valueOn(values, 'welfare_advertising_limit', date);
  const socialThresholdSek = valueOn(values, 'social_services_threshold', date);
  const base = { date, accumulatedSek, advertisingLimitSek, socialThresholdSek };
  if (advertisingLimitSek === null || socialThresholdSek === null) return { ...base, level: 'unknown', limit: null, mustAdvertise: false };
  const mustAdvertise = !advertised && reaches(accumulatedSek, advertisingLimitSek);
  const social = (level: WelfareLevel) => ({ ...base, level, limit: 'social_services_threshold' as const, mustAdvertise });
  if (reaches(accumulatedSek, socialThresholdSek)) return social('exceeded');
  if (reaches(accumulatedSek, socialThresholdSek, WARNING_PERCENT)) return social('warning');
  if (reaches(accumulatedSek, advertisingLimitSek)) return advertised ? social('below') : { ...base, level: 'exceeded', limit: 'welfare_advertising_limit', mustAdvertise };
  const level = reaches(accumulatedSek, advertisingLimitSek, WARNING_PERCENT) ? 'warning' : 'below';
  return { ...base, level, limit: 'welfare_advertising_limit', mustAdvertise };
}

export type ValueEntry = { id: string; date: string; amountSek: number };
export type ValueStep = { entryId: string; date: string; accumulatedSek: number; status: WelfareValueStatus };

/**
 * Each entry in date order with the value accumulated up to and including it and the status on
 * its date (FRM-7): the initial value, then every extension and call-off adds to it.
 */
export function welfareValueSteps(entries: readonly ValueEntry[], values: readonly DatedValue[], advertised: boolean): ValueStep[] {
  const ordered = entries.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
  let accumulated = 0;
  return ordered.map(({ e }) => {
    accumulated += e.amountSek;
    return { entryId: e.id, date: e.date, accumulatedSek: accumulated, status: welfareValueStatus(accumulated, e.date, values, advertised) };
  });
}

/** The status of the whole value: on the latest entry's date, or on `today` while there is none. */
export function currentWelfareValueStatus(entries: readonly ValueEntry[], values: readonly DatedValue[], advertised: boolean, today: string): WelfareValueStatus {
  const steps = welfareValueSteps(entries, values, advertised);
  const last = steps[steps.length - 1];
  return last ? last.status : welfareValueStatus(0, today, values, advertised);
}

/** Whether the status is one the cooperation and the overview warn about (FRM-7). */
export function isWelfareValueFlagged(status: Pick<WelfareValueStatus, 'level' | 'mustAdvertise'>): boolean {
  return status.level === 'warning' || status.level === 'exceeded' || status.mustAdvertise;
}
