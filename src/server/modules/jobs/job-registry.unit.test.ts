import { describe, expect, it } from 'vitest';
import { JobRegistry, retryDelaySeconds } from './job-registry';

const noop = async () => undefined;

describe('job registry (issue 12: "failures retry with back-off")', () => {
  it('the wait doubles with each retry when back-off is on, and stays when it is off', () => {
    const policy = { retryLimit: 5, retryDelaySeconds: 60, retryBackoff: true };
    expect([1, 2, 3, 4, 5].map((n) => retryDelaySeconds(policy, n))).toEqual([60, 120, 240, 480, 960]);
    expect(retryDelaySeconds({ ...policy, retryBackoff: false }, 4)).toBe(60);
  });

  it('refuses a job declared twice, a name pg-boss or the admin page could not show, a cron without five fields and a fractional interval', () => {
    const registry = new JobRegistry();
    registry.define({ name: 'lifecycle.termination-sweep', cron: '0 * * * *', handler: noop });
    expect(() => registry.define({ name: 'lifecycle.termination-sweep', handler: noop })).toThrow(/twice/);
    expect(() => registry.define({ name: 'Weekly Digest', handler: noop })).toThrow(/lower case/);
    expect(() => registry.define({ name: 'notifications.digest', cron: '0 7 * *', handler: noop })).toThrow(/five fields/);
    expect(() => registry.define({ name: 'mail.deliver', everySeconds: 0.5, handler: noop })).toThrow(/whole number/);
    expect(registry.list().map((j) => j.name)).toEqual(['lifecycle.termination-sweep']);
  });
});
