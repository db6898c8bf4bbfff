import { DomainError } from './errors';

/** Encodes a page position as an opaque URL-safe string. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; anything else is a 400, never a 500. */
export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the domain error below
  }
  throw new DomainError('invalid_cursor', { errors: [{ path: 'cursor', message: 'invalid_cursor' }] });
}

/** A keyset of a calendar date (YYYY-MM-DD) and a row id, e.g. the position in a list by meeting date. */
export function isDateIdKeyset(v: unknown): v is [string, string] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    typeof v[0] === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(v[0]) &&
    typeof v[1] === 'string' &&
    /^[0-9a-f-]{36}$/i.test(v[1])
  );
}
