/** Formats a finite number in plain decimal notation: no exponent, no grouping, `.` as separator. */
export function formatPlainNumber(value: number): string {
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', intPart = '', fracPart = '', expText = '0'] = match;
  const digits = intPart + fracPart;
  const pointAt = intPart.length + Number(expText);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/** Formats a number as Excel shows it: at most 15 significant digits, then plain notation. */
export function formatSpreadsheetNumber(value: number): string {
  // Excel stores 17 digits but displays 15, so 0.1+0.2 is "0.3" to the user who typed it.
  return formatPlainNumber(Number(value.toPrecision(15)));
}

/** Whether a date is a calendar date, i.e. exactly midnight UTC (how dates without time are carried). */
export function isCalendarDate(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The UTC wall clock of a date as `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`. */
export function formatUtcWallClock(date: Date, withTime = !isCalendarDate(date)): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (!withTime) return day;
  const seconds = date.getUTCSeconds();
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
  return `${day} ${time}`;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Moves an instant to a Date whose UTC fields read as the wall clock in `timeZone`, because
 * spreadsheets have no time zones: what the user should see is what must be written.
 */
export function toZonedWallClock(date: Date, timeZone: string): Date {
  if (timeZone === 'UTC') return date;
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return new Date(wallClock + date.getUTCMilliseconds());
}

/**
 * Formats a value for export as text: calendar dates (midnight UTC) as `YYYY-MM-DD`, other
 * instants as wall-clock time in `timeZone`; an instant that falls exactly on midnight UTC is
 * therefore taken for a calendar date.
 */
export function formatDateForExport(date: Date, timeZone: string): string {
  if (isCalendarDate(date)) return formatUtcWallClock(date, false);
  return formatUtcWallClock(toZonedWallClock(date, timeZone), true);
}
