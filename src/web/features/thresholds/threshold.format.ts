import type { ThresholdView } from '../../../shared/cooperations/threshold.schemas';
import { THRESHOLD_CODES } from '../../../shared/cooperations/thresholds.rules';

export type ThresholdGroup = {
  code: string;
  /** Newest first. */
  values: ThresholdView[];
  /** The value in force on the date given, or null when none is yet. */
  current: ThresholdView | null;
};

/**
 * The values grouped per code, known codes first in their own order and any code this version
 * does not know after them; each group newest first with the value in force on `today` marked.
 */
export function groupThresholds(values: readonly ThresholdView[], today: string): ThresholdGroup[] {
  const known: readonly string[] = THRESHOLD_CODES;
  const codes = [...known, ...[...new Set(values.map((v) => v.code))].filter((c) => !known.includes(c)).sort()];
  return codes.map((code) => {
    const ofCode = values.filter((v) => v.code === code).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    return { code, values: ofCode, current: ofCode.find((v) => v.validFrom <= today) ?? null };
  });
}

/** Today's date as YYYY-MM-DD in the browser's time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
