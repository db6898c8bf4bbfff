import type { ChangePasswordInput, LoginInput, SessionView } from '../../../shared/users/auth.schemas';
import type { LoginLimitPolicy } from '../../../shared/users/login-limits.rules';
import type { SecondFactorChallengeView } from '../../../shared/users/two-factor.schemas';
import { isSessionExpired, LOGIN_CHALLENGE_MINUTES, mustEnrolSecondFactor, type SignInMethod } from '../../../shared/users/two-factor.rules';
import type { Db } from '../../db/database';
import type { AppUserRow } from '../../db/schema';
import { DomainError } from '../../http/errors';
import type { Actor, RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findApiTokenByHash, touchApiToken } from './api-token.repository';
import { currentAuthPolicy } from './auth-policy.service';
import { reserveLoginAttempt, settleSuccessfulLogin } from './login-limit.service';
import { hashPassword, verifyPassword } from './password';
import { hashSecret, newSecret } from './secrets';
import { assertPasswordSignInAllowed } from './staff-passwords.service';
import {
  deleteExpiredSessions,
  deleteOtherSessionsOfUser,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './session.repository';
import { findTwoFactor, insertLoginChallenge } from './two-factor.repository';
import { findUserByEmail, findUserById, touchLastLogin, updateUserIfVersion } from './user.repository';
import { auditedUser, toUserView } from './user.views';

/**
 * What sign-in needs from the configuration. The session timeouts and the two-factor requirement
 * are settings, read through `currentAuthPolicy` (decision 015).
 */
export type AuthSettings = {
  /** Login limits per account, account and address, and address (decision 005). */
  loginLimits: LoginLimitPolicy;
  /** The key (32 bytes) sealing TOTP secrets, from SECRET_ENCRYPTION_KEY; without it the database keeps one. */
  secretEncryptionKey: Buffer | undefined;
};

/** A started session (cookie value and lifetime), or the second step an account with a second factor must take. */
export type LoginResult =
  | { kind: 'session'; sessionId: string; maxAgeSeconds: number; view: SessionView }
  | { kind: 'challenge'; view: SecondFactorChallengeView };

const MINUTE = 60_000;

/**
 * Logs a user in with e-mail and password: the attempt first passes the login limits (429 with
 * Retry-After when it must wait; decision 005), every attempt is audited, and on success a
 * brand-new session starts (a fresh id, never a reused one) — unless the account has a second
 * factor: then the answer is a short-lived, single-use challenge for the code step (decision 015).
 */
export async function login(
  db: Db,
  ctx: RequestContext,
  input: LoginInput,
  settings: AuthSettings,
  userAgent: string | null,
): Promise<LoginResult> {
  const now = new Date();
  const attempt = { email: input.email, ip: ctx.ip ?? 'unknown' };
  // Counted as a failure before the password is checked; a success takes it back below.
  await reserveLoginAttempt(db, ctx, attempt, settings.loginLimits, now);

  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    const reason = !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'account_disabled';
    await db.transaction().execute(async (trx) => {
      await recordAudit(trx, ctx, {
        action: 'auth.login.failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        data: { email: input.email, reason },
      });
    });
    throw new DomainError('invalid_credentials');
  }
  await assertPasswordSignInAllowed(db, ctx, user);

  const factor = await findTwoFactor(db, user.id);
  if (factor?.status === 'enrolled') {
    const challenge = newSecret();
    const expiresAt = new Date(now.getTime() + LOGIN_CHALLENGE_MINUTES * MINUTE);
    await db.transaction().execute(async (trx) => {
      // The password was right: its reserved failure is taken back; each code is counted on its own.
      await settleSuccessfulLogin(trx, attempt);
      await insertLoginChallenge(trx, { idHash: hashSecret(challenge), userId: user.id, email: input.email, at: now, expiresAt });
    });
    return { kind: 'challenge', view: { secondFactorRequired: true, challenge, expiresAt: expiresAt.toISOString() } };
  }

  return db.transaction().execute(async (trx) => {
    await settleSuccessfulLogin(trx, attempt);
    const started = await startSession(trx, ctx, user, settings, { userAgent, at: now, method: 'password' });
    const view = { user: toUserView({ ...user, last_login_at: now }), csrfToken: started.csrfToken, twoFactorEnrolmentRequired: started.twoFactorEnrolmentRequired };
    return { kind: 'session', sessionId: started.sessionId, maxAgeSeconds: started.maxAgeSeconds, view };
  });
}

export type SessionStart = {
  userAgent: string | null;
  at: Date;
  /** How the user proved who they are, recorded in the audit row and on the session. */
  method: SignInMethod;
};

export type StartedSession = {
  sessionId: string;
  csrfToken: string;
  /** The session cookie's lifetime: the absolute timeout of the session policy. */
  maxAgeSeconds: number;
  /** The user must enrol a second factor before anything else (local sign-in only). */
  twoFactorEnrolmentRequired: boolean;
};

/**
 * Starts a brand-new session for a user whose identity is proven (password or single sign-on),
 * inside the caller's transaction: expired sessions are swept, a session cookie sent along with
 * the sign-in is ended (no session outlives a new sign-in), and the sign-in is audited.
 */
export async function startSession(
  trx: Db,
  ctx: RequestContext,
  user: AppUserRow,
  settings: AuthSettings,
  start: SessionStart,
): Promise<StartedSession> {
  const sessionId = newSecret();
  const csrfToken = newSecret();
  const now = start.at;
  // Read within the transaction: on the embedded database a read beside it would wait for it.
  const policy = await currentAuthPolicy(trx);
  await deleteExpiredSessions(
    trx,
    new Date(now.getTime() - policy.session.idleMinutes * MINUTE),
    new Date(now.getTime() - policy.session.absoluteMinutes * MINUTE),
  );
  const factor = await findTwoFactor(trx, user.id);
  const twoFactorEnrolmentRequired = mustEnrolSecondFactor({
    roles: user.roles,
    settingOn: policy.twoFactorRequired,
    enrolled: factor?.status === 'enrolled',
    method: start.method,
  });
  await insertSession(trx, { idHash: hashSecret(sessionId), userId: user.id, csrfToken, ip: ctx.ip, userAgent: start.userAgent, at: now, method: start.method });
  await touchLastLogin(trx, user.id, now);
  if (ctx.actor.kind === 'user') await deleteSession(trx, ctx.actor.sessionIdHash);
  const actorCtx: RequestContext = {
    ...ctx,
    actor: {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      sessionIdHash: hashSecret(sessionId),
      csrfToken,
      mustChangePassword: user.must_change_password,
      twoFactorEnrolmentRequired,
    },
  };
  const data = start.method === 'password' ? undefined : { method: start.method };
  await recordAudit(trx, actorCtx, { action: 'auth.login.succeeded', entityType: 'user', entityId: user.id, ...(data ? { data } : {}) });
  return { sessionId, csrfToken, maxAgeSeconds: policy.session.absoluteMinutes * 60, twoFactorEnrolmentRequired };
}

/** Ends the caller's session. */
export async function logout(db: Db, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('unauthenticated');
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, actor.sessionIdHash);
    await recordAudit(trx, ctx, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

/**
 * Resolves a session cookie to its actor: unknown, idle-expired or too-old sessions (timeouts
 * from the settings, the same for every way of signing in) and disabled users yield undefined
 * (and the stale session is removed). The actor says whether a second factor must be enrolled first.
 */
export async function resolveSession(db: Db, sessionId: string): Promise<Actor | undefined> {
  const idHash = hashSecret(sessionId);
  const policy = await currentAuthPolicy(db);
  const found = await findSessionWithUser(db, idHash);
  if (!found) return undefined;
  const { session, user } = found;
  const now = Date.now();
  const expired = isSessionExpired({ createdAt: session.created_at, lastSeenAt: session.last_seen_at }, policy.session, new Date(now));
  if (expired || user.status !== 'active') {
    await deleteSession(db, idHash);
    return undefined;
  }
  // Writing on every request would serialise readers; a minute's resolution is enough for idling.
  if (now - session.last_seen_at.getTime() > MINUTE) await touchSession(db, idHash, new Date(now));
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    sessionIdHash: idHash,
    csrfToken: session.csrf_token,
    mustChangePassword: user.must_change_password,
    twoFactorEnrolmentRequired: mustEnrolSecondFactor({
      roles: user.roles,
      settingOn: policy.twoFactorRequired,
      enrolled: found.twoFactorEnrolled,
      method: session.method,
    }),
  };
}

/** Resolves a bearer API token to its actor; revoked or expired tokens yield undefined. */
export async function resolveApiToken(db: Db, secret: string): Promise<Actor | undefined> {
  const token = await findApiTokenByHash(db, hashSecret(secret));
  if (!token || token.revoked_at) return undefined;
  const now = new Date();
  if (token.expires_at && token.expires_at <= now) return undefined;
  // The row just read says when the token was last stamped: within the minute, no write is sent
  // at all (a round trip that almost never changed a row), in whichever process serves it.
  const stampedRecently = token.last_used_at !== null && now.getTime() - token.last_used_at.getTime() < MINUTE;
  if (!stampedRecently) await touchApiToken(db, token.id, now);
  return { kind: 'token', tokenId: token.id, name: token.name, roles: token.roles };
}

/** The session view of the logged-in caller (user and CSRF token). */
export async function currentSession(db: Db, ctx: RequestContext): Promise<SessionView> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('unauthenticated');
  const user = await findUserById(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated');
  return { user: toUserView(user), csrfToken: actor.csrfToken, twoFactorEnrolmentRequired: actor.twoFactorEnrolmentRequired ?? false };
}

/** Changes the caller's own password after checking the current one; other sessions end. */
export async function changeOwnPassword(db: Db, ctx: RequestContext, input: ChangePasswordInput): Promise<SessionView> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('unauthenticated');
  const user = await findUserById(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new DomainError('wrong_password', { errors: [{ path: 'currentPassword', message: 'wrong_password' }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const updated = await updateUserIfVersion(trx, user.id, user.version, {
      password_hash: passwordHash,
      must_change_password: false,
    });
    if (!updated) throw new DomainError('version_conflict');
    await deleteOtherSessionsOfUser(trx, user.id, actor.sessionIdHash);
    await recordAudit(trx, ctx, {
      action: 'user.password.changed',
      entityType: 'user',
      entityId: user.id,
      before: auditedUser(user),
      after: auditedUser(updated),
    });
    return { user: toUserView(updated), csrfToken: actor.csrfToken, twoFactorEnrolmentRequired: actor.twoFactorEnrolmentRequired ?? false };
  });
}
