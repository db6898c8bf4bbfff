import { type RawBuilder, sql } from 'kysely';

/**
 * A `timestamptz` column as the text `Date.prototype.toISOString()` gives (UTC, milliseconds
 * truncated like the driver's `Date`), formatted by the database: a view that only prints a time
 * then needs no `Date` parsed from the driver's text and formatted back.
 */
export function isoTimestamp(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
