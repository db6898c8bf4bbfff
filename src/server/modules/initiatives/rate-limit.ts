import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import { deleteHitsBefore, findHitsSince, findOrCreateHashKey, insertHit, lockRateLimitKey } from './rate-limit.repository';

export type RateLimit = { bucket: string; max: number; windowSeconds: number };

/**
 * The public proposal form (IOP-10) takes at most 5 submissions per client address and hour:
 * enough for an organisation that corrects a mistake, too few to flood the review queue.
 */
export const PUBLIC_INITIATIVE_LIMIT: RateLimit = { bucket: 'public-initiative', max: 5, windowSeconds: 60 * 60 };

/** The public application form of Integrationspakten (EMP-1) has the proposal form's allowance. */
export const PUBLIC_MEMBERSHIP_APPLICATION_LIMIT: RateLimit = { ...PUBLIC_INITIATIVE_LIMIT, bucket: 'public-integration-pact' };

/** Hits older than this are deleted when new ones arrive: no window is longer. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * A client address as stored: an HMAC-SHA256 under a random per-installation key, never the
 * address itself. A plain hash would not do: the IPv4 space is small enough to reverse it by
 * trying every address. The key lives in the settings table so every app process shares it;
 * whoever can read it (administrators, database operators) can already read the audit log's
 * addresses, so it hides nothing from them that they could not see anyway.
 */
async function hashClientKey(db: Db, clientKey: string): Promise<string> {
  const key = await findOrCreateHashKey(db, randomBytes(32).toString('hex'));
  return createHmac('sha256', key).update(clientKey).digest('hex');
}

/**
 * Counts one attempt by a client against a limit, in its own transaction so that the attempt
 * counts even when the submission itself is then refused. A client at the limit gets
 * `rate_limited` (429) with the seconds until its oldest counted attempt leaves the window.
 */
export async function consumeRateLimit(db: Db, limit: RateLimit, clientKey: string | null, now = new Date()): Promise<void> {
  const keyHash = await hashClientKey(db, clientKey ?? 'unknown');
  const windowMs = limit.windowSeconds * 1000;
  await db.transaction().execute(async (trx) => {
    await lockRateLimitKey(trx, limit.bucket, keyHash);
    const hits = await findHitsSince(trx, limit.bucket, keyHash, new Date(now.getTime() - windowMs));
    if (hits.length >= limit.max) {
      // A refused attempt is not counted: the client may come back once the window has moved on.
      const oldestThatMustExpire = hits[hits.length - limit.max] ?? now;
      const wait = Math.max(1, Math.ceil((oldestThatMustExpire.getTime() + windowMs - now.getTime()) / 1000));
      throw new DomainError('rate_limited', { retryAfterSeconds: wait });
    }
    await deleteHitsBefore(trx, limit.bucket, new Date(now.getTime() - RETENTION_MS));
    await insertHit(trx, limit.bucket, keyHash, now);
  });
}
