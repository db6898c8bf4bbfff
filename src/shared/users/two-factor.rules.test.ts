import { describe, expect, it } from 'vitest';
import {
  isFreshTotpStep,
  isSecondFactorRequired,
  isSessionExpired,
  mustEnrolSecondFactor,
  normaliseRecoveryCode,
  secondFactorState,
} from './two-factor.rules';

describe('who must sign in with a second factor (issue 15)', () => {
  it('issue 15: administrators must, when the setting is on', () => {
    expect(isSecondFactorRequired(['admin'], true)).toBe(true);
    expect(isSecondFactorRequired(['officer', 'admin'], true)).toBe(true);
    expect(isSecondFactorRequired(['admin'], false)).toBe(false);
  });

  it('issue 15: a partner account must only when it can approve joint decisions', () => {
    expect(isSecondFactorRequired(['partner'], true)).toBe(false);
    expect(isSecondFactorRequired(['partner', 'steering_member'], true)).toBe(true);
    expect(isSecondFactorRequired(['partner', 'steering_member'], false)).toBe(false);
  });

  it('issue 15: staff without the administrator role are not required', () => {
    for (const role of ['officer', 'manager', 'review_group', 'economist', 'steering_member'] as const) {
      expect(isSecondFactorRequired([role], true)).toBe(false);
    }
  });

  it('issue 15: only a local (password) session without a confirmed factor must enrol; single sign-on relies on the city', () => {
    const admin = { roles: ['admin'] as const, settingOn: true };
    expect(mustEnrolSecondFactor({ ...admin, roles: ['admin'], enrolled: false, method: 'password' })).toBe(true);
    expect(mustEnrolSecondFactor({ ...admin, roles: ['admin'], enrolled: true, method: 'password' })).toBe(false);
    expect(mustEnrolSecondFactor({ ...admin, roles: ['admin'], enrolled: false, method: 'oidc' })).toBe(false);
    expect(mustEnrolSecondFactor({ roles: ['officer'], settingOn: true, enrolled: false, method: 'password' })).toBe(false);
  });
});

describe('codes (issue 15)', () => {
  it('issue 15: a code of the step already used, or an earlier one, is refused as a replay', () => {
    expect(isFreshTotpStep(100, null)).toBe(true);
    expect(isFreshTotpStep(101, 100)).toBe(true);
    expect(isFreshTotpStep(100, 100)).toBe(false);
    expect(isFreshTotpStep(99, 100)).toBe(false);
  });

  it('reads a recovery code whatever its case, spaces and dashes', () => {
    expect(normaliseRecoveryCode(' ABCDE-fghij ')).toBe('abcdefghij');
    expect(normaliseRecoveryCode('abcde fghij')).toBe('abcdefghij');
  });
});

describe('the session policy (issue 15)', () => {
  const policy = { idleMinutes: 10, absoluteMinutes: 60 };
  const now = new Date('2026-12-06T12:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it('issue 15: a session ends after the idle time without requests, and after the absolute time whatever happens', () => {
    expect(isSessionExpired({ createdAt: minutesAgo(30), lastSeenAt: minutesAgo(9) }, policy, now)).toBe(false);
    expect(isSessionExpired({ createdAt: minutesAgo(30), lastSeenAt: minutesAgo(11) }, policy, now)).toBe(true);
    expect(isSessionExpired({ createdAt: minutesAgo(61), lastSeenAt: minutesAgo(1) }, policy, now)).toBe(true);
  });
});

describe('an account\'s second factor as the users page shows it (issue 15)', () => {
  const admin = { roles: ['admin'] as const, settingOn: true };
  it('issue 15: a confirmed factor is on, whatever else holds', () => {
    expect(secondFactorState({ ...admin, enrolled: true, passwordUsable: false })).toBe('on');
    expect(secondFactorState({ roles: ['officer'], settingOn: false, enrolled: true, passwordUsable: true })).toBe('on');
  });

  it('issue 15: required and absent is missing, only for an account that signs in with a password', () => {
    expect(secondFactorState({ ...admin, enrolled: false, passwordUsable: true })).toBe('missing');
    expect(secondFactorState({ ...admin, enrolled: false, passwordUsable: false })).toBe('off');
    expect(secondFactorState({ roles: ['admin'], settingOn: false, enrolled: false, passwordUsable: true })).toBe('off');
    expect(secondFactorState({ roles: ['officer'], settingOn: true, enrolled: false, passwordUsable: true })).toBe('off');
  });
});
