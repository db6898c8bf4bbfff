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
