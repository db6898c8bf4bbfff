import { hasPermission } from './permissions.rules';
import type { Role } from './roles';

/** How a session's user proved who they are: a local password (then TOTP applies) or the city's single sign-on. */
export type SignInMethod = 'password' | 'oidc';

/** Idle and absolute session timeouts, in minutes (settings `auth.session_*_minutes`). */
export type SessionPolicy = { idleMinutes: number; absoluteMinutes: number };

/** How long the second step of a sign-in may wait for its code. */
export const LOGIN_CHALLENGE_MINUTES = 5;
/** Wrong codes a single challenge takes before it is spent and the password must be given again. */
export const LOGIN_CHALLENGE_MAX_ATTEMPTS = 5;
/** How many recovery codes a user gets at enrolment and at each regeneration. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * Issue 15: a second factor is required, when the setting `auth.two_factor_required` is on, for
 * administrators and for partner accounts that can approve joint decisions (a partner who also
 * holds a role with `decisions.approve`, such as a steering group member).
 */
export function isSecondFactorRequired(roles: readonly Role[], settingOn: boolean): boolean {
  if (!settingOn) return false;
  if (roles.includes('admin')) return true;
  return roles.includes('partner') && hasPermission(roles, 'decisions.approve');
}

/**
 * Issue 15: whether a signed-in user must enrol a second factor before doing anything else. Only
 * local accounts are asked: a single sign-on session relies on the city's identity provider.
 */
export function mustEnrolSecondFactor(input: {
  roles: readonly Role[];
  settingOn: boolean;
  enrolled: boolean;
  method: SignInMethod;
}): boolean {
  return input.method === 'password' && !input.enrolled && isSecondFactorRequired(input.roles, input.settingOn);
}

/** How an account stands with its second factor, as the users page shows it. */
export type SecondFactorState = 'on' | 'off' | 'missing';

/**
 * Issue 15: an account's second factor is `on` once confirmed (a pending enrolment does not count);
 * `missing` when the account must have one and has not, which only applies to an account that can
 * sign in with a password (single sign-on relies on the provider's own factors); otherwise `off`.
 */
export function secondFactorState(input: {
  roles: readonly Role[];
  settingOn: boolean;
  enrolled: boolean;
  passwordUsable: boolean;
}): SecondFactorState {
  if (input.enrolled) return 'on';
  return input.passwordUsable && isSecondFactorRequired(input.roles, input.settingOn) ? 'missing' : 'off';
}

/** Issue 15: a TOTP code is accepted only for a time step later than the last one accepted (no replay). */
export function isFreshTotpStep(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** A recovery code as typed (any case, spaces or dashes) in the one form its hash is taken of. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** Whether a session has passed its idle or its absolute timeout at `now`. */
export function isSessionExpired(session: { createdAt: Date; lastSeenAt: Date }, policy: SessionPolicy, now: Date): boolean {
  const minute = 60_000;
  const idle = now.getTime() - session.lastSeenAt.getTime() > policy.idleMinutes * minute;
  const tooOld = now.getTime() - session.createdAt.getTime() > policy.absoluteMinutes * minute;
  return idle || tooOld;
}
