/**
 * Login limits (decision 005): failed logins are counted per account, per account and address,
 * and per address. Each counter lets a number of failures through freely; after that every
 * further attempt must wait a delay that doubles with each failure, up to a cap. Failures are
 * forgotten once a whole window has passed without a new one; since the cap is shorter than the
 * window, an attacker who keeps trying is never forgiven, while a person who stops is.
 */

/** What a counter counts: one account from anywhere, one account from one address, one address. */
export const LOGIN_LIMIT_SCOPES = ['account', 'account_address', 'address'] as const;
export type LoginLimitScope = (typeof LOGIN_LIMIT_SCOPES)[number];

export type LoginLimitPolicy = {
  /** Failures allowed without delay, per scope. */
  freeFailures: Record<LoginLimitScope, number>;
  /** The wait after the first failure beyond the free ones; doubles with each further failure. */
  firstDelaySeconds: number;
  /** The longest wait; shorter than the window, so steady guessing is never forgotten. */
  maxDelaySeconds: number;
  /** Failures are forgotten after this long without a new one. */
  windowSeconds: number;
};

/** One counter as stored. */
export type LoginLimitCounter = { scope: LoginLimitScope; failures: number; lastFailureAt: Date | null };

/** The failures of a counter that still count at `now`: none once a window has passed without one. */
export function liveFailures(counter: LoginLimitCounter, policy: LoginLimitPolicy, now: Date): number {
  if (counter.lastFailureAt === null) return 0;
  const quietMs = now.getTime() - counter.lastFailureAt.getTime();
  return quietMs >= policy.windowSeconds * 1000 ? 0 : counter.failures;
}

/** The wait in seconds that `failures` failures impose on the next attempt under a scope (0 while free). */
export function delayAfterFailures(failures: number, scope: LoginLimitScope, policy: LoginLimitPolicy): number {
  const beyond = failures - policy.freeFailures[scope];
  if (beyond < 0) return 0;
  // 2 ** beyond grows to Infinity for absurd counts; the cap keeps the result finite.
  return Math.min(policy.firstDelaySeconds * 2 ** beyond, policy.maxDelaySeconds);
}

/** Whole seconds the next attempt must still wait under one counter; 0 when it may go ahead. */
export function secondsToWait(counter: LoginLimitCounter, policy: LoginLimitPolicy, now: Date): number {
  const failures = liveFailures(counter, policy, now);
  const delay = delayAfterFailures(failures, counter.scope, policy);
  if (delay === 0 || counter.lastFailureAt === null) return 0;
  const remainingMs = counter.lastFailureAt.getTime() + delay * 1000 - now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

/**
 * The counter that holds an attempt back longest and how many seconds it must wait, or undefined
 * when every counter lets the attempt through.
 */
export function bindingLimit<C extends LoginLimitCounter>(
  counters: readonly C[],
  policy: LoginLimitPolicy,
  now: Date,
): { counter: C; retryAfterSeconds: number } | undefined {
  let binding: { counter: C; retryAfterSeconds: number } | undefined;
  for (const counter of counters) {
    const wait = secondsToWait(counter, policy, now);
    if (wait > 0 && (!binding || wait > binding.retryAfterSeconds)) binding = { counter, retryAfterSeconds: wait };
  }
  return binding;
}

/**
 * Whether the n-th refused attempt since a counter's last failure is written to the audit log:
 * the 1st, 2nd, 4th, 8th … so that hammering shows in the log with its size, in a number of
 * rows that grows with the logarithm of the requests rather than with the requests.
 */
export function isAuditedRefusal(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && 2 ** Math.round(Math.log2(n)) === n;
}
