import { describe, expect, it } from 'vitest';
import {
  bindingLimit,
  delayAfterFailures,
  isAuditedRefusal,
  liveFailures,
  type LoginLimitCounter,
  type LoginLimitPolicy,
  secondsToWait,
} from './login-limits.rules';

const policy: LoginLimitPolicy = {
  freeFailures: { account: 20, account_address: 5, address: 200 },
  firstDelaySeconds: 1,
  maxDelaySeconds: 300,
  windowSeconds: 15 * 60,
};
const now = new Date('2026-05-04T08:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe('login limits (decision 005)', () => {
  it('005: failures are free up to the scope’s number, then the wait doubles with each failure up to the cap', () => {
    expect(delayAfterFailures(4, 'account_address', policy)).toBe(0);
    expect([5, 6, 7, 8, 9].map((n) => delayAfterFailures(n, 'account_address', policy))).toEqual([1, 2, 4, 8, 16]);
    expect(delayAfterFailures(14, 'account_address', policy)).toBe(300);
    expect(delayAfterFailures(5_000, 'account_address', policy)).toBe(300);
    // The same five failures are nothing for the account as a whole or for a shared address.
    expect(delayAfterFailures(5, 'account', policy)).toBe(0);
    expect(delayAfterFailures(199, 'address', policy)).toBe(0);
    expect(delayAfterFailures(200, 'address', policy)).toBe(1);
  });

  it('005: the wait runs from the last failure and is answered in whole seconds', () => {
    const counter: LoginLimitCounter = { scope: 'account_address', failures: 8, lastFailureAt: secondsAgo(3) };
    expect(secondsToWait(counter, policy, now)).toBe(5);
    expect(secondsToWait({ ...counter, lastFailureAt: new Date(now.getTime() - 7_500) }, policy, now)).toBe(1);
    expect(secondsToWait({ ...counter, lastFailureAt: secondsAgo(8) }, policy, now)).toBe(0);
    expect(secondsToWait({ ...counter, failures: 4 }, policy, now)).toBe(0);
  });

  it('005: failures are forgotten once a whole window has passed without a new one', () => {
    const counter: LoginLimitCounter = { scope: 'account_address', failures: 12, lastFailureAt: secondsAgo(15 * 60 - 1) };
    expect(liveFailures(counter, policy, now)).toBe(12);
    expect(liveFailures({ ...counter, lastFailureAt: secondsAgo(15 * 60) }, policy, now)).toBe(0);
    expect(liveFailures({ ...counter, lastFailureAt: null }, policy, now)).toBe(0);
  });

  it('005: the counter that holds an attempt back longest decides the answer', () => {
    const counters: LoginLimitCounter[] = [
      { scope: 'account', failures: 21, lastFailureAt: secondsAgo(1) }, // waits 2 − 1 = 1 s
      { scope: 'account_address', failures: 9, lastFailureAt: secondsAgo(1) }, // waits 16 − 1 = 15 s
      { scope: 'address', failures: 30, lastFailureAt: secondsAgo(1) }, // free
    ];
    expect(bindingLimit(counters, policy, now)).toEqual({ counter: counters[1], retryAfterSeconds: 15 });
    expect(bindingLimit([counters[2]!], policy, now)).toBeUndefined();
  });

  it('005: refused attempts are audited at the 1st, 2nd, 4th, 8th … so hammering cannot flood the log', () => {
    const audited = Array.from({ length: 1_000 }, (_, i) => i + 1).filter(isAuditedRefusal);
    expect(audited).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
    expect(isAuditedRefusal(0)).toBe(false);
    expect(isAuditedRefusal(2 ** 31)).toBe(true);
  });
});
