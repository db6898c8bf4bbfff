import {
  bindingLimit,
  isAuditedRefusal,
  liveFailures,
  type LoginLimitPolicy,
} from '../../../shared/users/login-limits.rules';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  addLoginRefusal,
  deleteLoginLimit,
  deleteLoginLimitsQuietSince,
  inLockOrder,
  lockLoginLimits,
  type LoginLimitKey,
  releaseLoginFailure,
  setLoginFailures,
} from './login-limit.repository';

/** Who is trying to log in: the account's e-mail address as typed and the client address. */
export type LoginAttempt = { email: string; ip: string };

/** The three counters a login attempt is held to: the account, the account from this address, the address. */
function loginLimitKeys({ email, ip }: LoginAttempt): LoginLimitKey[] {
  return [
    { scope: 'account', email, ip: '' },
    { scope: 'account_address', email, ip },
    { scope: 'address', email: '', ip },
  ];
}

// Forgotten counters are swept at most once a minute per process; any process may do it.
const SWEEP_INTERVAL_MS = 60_000;
let lastSweepAt = 0;

/**
 * Lets a login attempt through its limits or refuses it, atomically: under the counters' row
 * locks the attempt is counted as a failure *before* its password is checked, so of many parallel
 * guesses only as many are checked as the limits allow and the rest are refused with
 * `too_many_attempts` (429, Retry-After). A refused attempt does not count as a failure; it is
 * audited at the 1st, 2nd, 4th … refusal since the counter's last failure.
 */
export async function reserveLoginAttempt(
  db: Db,
  ctx: RequestContext,
  attempt: LoginAttempt,
  policy: LoginLimitPolicy,
  now: Date,
): Promise<void> {
  const refusal = await db.transaction().execute(async (trx) => {
    const counters = await lockLoginLimits(trx, loginLimitKeys(attempt));
    const binding = bindingLimit(counters, policy, now);
    if (binding) {
      const refused = await addLoginRefusal(trx, binding.counter);
      if (isAuditedRefusal(refused)) {
        await recordAudit(trx, ctx, {
          action: 'auth.login.blocked',
          entityType: 'user',
          entityId: null,
          data: {
            email: attempt.email,
            reason: `${binding.counter.scope}_limit`,
            refusedAttempts: refused,
            retryAfterSeconds: binding.retryAfterSeconds,
          },
        });
      }
      return binding.retryAfterSeconds;
    }
    for (const counter of counters) {
      // `now` was taken before waiting for the lock; a failure stamped meanwhile must not move back.
      const at = counter.lastFailureAt && counter.lastFailureAt > now ? counter.lastFailureAt : now;
      await setLoginFailures(trx, counter, liveFailures(counter, policy, now) + 1, at);
    }
    return undefined;
  });
  if (refusal !== undefined) throw new DomainError('too_many_attempts', { retryAfterSeconds: refusal });
  if (now.getTime() - lastSweepAt >= SWEEP_INTERVAL_MS) {
    lastSweepAt = now.getTime();
    await deleteLoginLimitsQuietSince(db, new Date(now.getTime() - policy.windowSeconds * 1000));
  }
}

/**
 * Settles a reserved attempt that succeeded, inside the login's transaction: the account from
 * this address starts again from nothing, and the account's and the address's counters take the
 * reserved failure back (earlier failures of the account elsewhere still count).
 */
export async function settleSuccessfulLogin(trx: Db, attempt: LoginAttempt): Promise<void> {
  for (const key of inLockOrder(loginLimitKeys(attempt))) {
    if (key.scope === 'account_address') await deleteLoginLimit(trx, key);
    else await releaseLoginFailure(trx, key);
  }
}
