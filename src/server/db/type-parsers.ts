import pg from 'pg';

/** The type id of `text[]` (pg's `builtins` lists scalar types only). */
export const TEXT_ARRAY_OID = 1009 as Parameters<typeof pg.types.getTypeParser>[0];

/** pg's own `text[]` parser, which handles every array text. */
export const fullTextArrayParser = pg.types.getTypeParser(TEXT_ARRAY_OID) as (value: string) => (string | null)[];
// PostgreSQL quotes an element that is empty, NULL as text, or holds whitespace, a quote, a
// backslash, a comma or a brace: an array text without quotes, backslashes or inner braces is
// plain comma-separated elements, of which only the unquoted word NULL means null.
const PLAIN_ARRAY = /^\{[^"\\{}]*\}$/;

/**
 * Parses a `text[]` value: the code lists of the register (`{farsta,bromma}`) by splitting, any
 * other array (quoted elements, nulls, other bounds) by pg's full parser, which reads it character
 * by character and was a noticeable part of reading a list page.
 */
export function parseTextArray(value: string): (string | null)[] {
  if (value === '{}') return [];
  if (PLAIN_ARRAY.test(value)) {
    const items = value.slice(1, -1).split(',');
    if (!items.includes('NULL')) return items;
  }
  return fullTextArrayParser(value);
}

/**
 * How values are read from PostgreSQL (and PGlite, through the same pg client): calendar dates
 * stay ISO text (YYYY-MM-DD), since a JS Date would shift them by the time zone; text arrays take
 * the fast path above.
 */
export function registerTypeParsers(): void {
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  pg.types.setTypeParser(TEXT_ARRAY_OID, parseTextArray);
}
