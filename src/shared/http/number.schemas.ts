import { z } from 'zod';

/** The range of PostgreSQL's `integer` (int4), the type of every whole-number column the API writes or compares. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** A whole number that fits an `integer` column, sent as a JSON number. */
export function int4() {
  return z.number().int().min(INT4_MIN).max(INT4_MAX);
}

/** A whole number that fits an `integer` column, sent as text (a query string or path parameter). */
export function int4FromText() {
  return z.coerce.number().int().min(INT4_MIN).max(INT4_MAX);
}

/**
 * The version a client last read of a record, sent back for optimistic concurrency. Versions start
 * at 1; 0 is accepted as a version that is always stale (409, not 400).
 */
export const recordVersion = z.number().int().min(0).max(INT4_MAX);

/** A record version sent as text (a query string). */
export const recordVersionFromText = z.coerce.number().int().min(0).max(INT4_MAX);
