// Building an Intl.DateTimeFormat costs far more than using one, and every request asks for
// today's date: one formatter per time zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function isoDateIn(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// Today's date per time zone, with the minute (since the epoch) it was computed for.
const todays = new Map<string, { minute: number; date: string }>();

/**
 * Today's date (YYYY-MM-DD) in a time zone, formatted at most once a minute per zone. Exact across
 * midnight: every time zone in use today is offset from UTC by whole minutes, so the local date
 * can only change where a UTC minute begins, and the cached value is never used past one.
 */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  const minute = Math.floor(now / 60_000);
  const cached = todays.get(timeZone);
  if (cached?.minute === minute) return cached.date;
  const date = isoDateIn(new Date(now), timeZone);
  todays.set(timeZone, { minute, date });
  return date;
}
