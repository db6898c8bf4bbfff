import { semesterOf } from '../governance/cadence.rules';

/** A semester as the report judges it: its first day and the last day judged (its end, or today while it runs). */
export type JudgedSemester = { start: string; end: string };

/**
 * The semesters a report period touches that have begun by today, each judged from its first day
 * to its last or to today while it runs (IOP-6: a steering group meets at least once per
 * semester). Whole semesters are judged, as the cadence is per semester, even when the period
 * covers only part of one; a semester still running is judged as `isMeetingCadenceMet` judges it.
 */
export function semestersToJudge(from: string, to: string, today: string): JudgedSemester[] {
  const year = Number(from.slice(0, 4));
  const semesters = [semesterOf(`${year}-01-01`), semesterOf(`${year}-07-01`)];
  // ISO dates compare correctly as text.
  return semesters
    .filter((s) => s.start <= to && s.end >= from && s.start <= today)
    .map((s) => ({ start: s.start, end: s.end < today ? s.end : today }));
}
