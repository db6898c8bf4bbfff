import { type PeriodHalf, parsePeriodKey, periodKey, periodOfDate } from '../../../shared/followup/vida.rules';
import { isWithinVidaFrame } from '../../../shared/followup/vida.rules';

/** The semesters offered in the period picker: from three years back to next year, latest first. */
export function semesterOptions(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const keys: string[] = [];
  for (let y = year + 1; y >= year - 3; y -= 1) for (const half of ['autumn', 'spring'] as PeriodHalf[]) keys.push(periodKey({ year: y, half }));
  return keys;
}

/** The semester today falls in, as a period key. */
export function currentSemester(today: string): string {
  return periodKey(periodOfDate(today));
}

/** A period key as people say it: "VT 2026" / "Spring 2026". */
export function semesterLabel(key: string, words: { spring: string; autumn: string }): string {
  const period = parsePeriodKey(key);
  return period ? `${words[period.half]} ${period.year}` : key;
}

/** How the occasions typed relate to the VIDA frame, for the hint shown while typing (FRM-5). */
export function frameState(occasions: number | null): 'empty' | 'within' | 'outside' {
  if (occasions === null) return 'empty';
  return isWithinVidaFrame(occasions) ? 'within' : 'outside';
}

/** The payout the form will register: participants × rate, or null until both are known. */
export function previewAmount(participants: number | null, rateSek: number | null | undefined): number | null {
  if (participants === null || rateSek === null || rateSek === undefined) return null;
  return Math.round(participants * rateSek * 100) / 100;
}
