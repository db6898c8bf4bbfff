/** How often a governance body must meet; steering groups at least once per semester (IOP-6). */
export const MEETING_CADENCES = ['per_semester', 'none'] as const;
export type MeetingCadence = (typeof MEETING_CADENCES)[number];

/** A semester (termin): spring is January–June (VT), autumn is July–December (HT). */
export type Semester = { year: number; half: 'spring' | 'autumn'; start: string; end: string };

/** The semester a date (YYYY-MM-DD) falls in, with its first and last day. */
export function semesterOf(date: string): Semester {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month <= 6
    ? { year, half: 'spring', start: `${year}-01-01`, end: `${year}-06-30` }
    : { year, half: 'autumn', start: `${year}-07-01`, end: `${year}-12-31` };
}

/**
 * Whether a body has met as its cadence demands (IOP-6): for `per_semester`, a meeting dated in
 * the current semester up to and including today — a meeting only planned for later in the
 * semester does not count yet. A body without a cadence always meets it.
 */
export function isMeetingCadenceMet(cadence: MeetingCadence, meetingDates: readonly string[], today: string): boolean {
  if (cadence === 'none') return true;
  const { start } = semesterOf(today);
  // ISO dates compare correctly as text.
  return meetingDates.some((d) => d >= start && d <= today);
}
