import {
  claimValuesOf,
  decideSsoSignIn,
  isStaffAccount,
  rolesFromClaims,
  safeReturnPath,
  type SsoError,
} from '../../../shared/users/sso.rules';
import type { Db } from '../../db/database';
import type { AppUserRow } from '../../db/schema';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { consumeRateLimit, type RateLimit } from '../initiatives/rate-limit';
import { type AuthSettings, logout, startSession } from './auth.service';
import type { OidcClient, ProviderIdentity } from './oidc-client';
import { SSO_ONLY_PASSWORD_HASH } from './password';
import { hashSecret } from './secrets';
import { deleteSessionsOfUser } from './session.repository';
import {
  deleteExpiredPendingLogins,
  findIdentity,
  findIdentityOfUser,
  findRoleMappings,
  findSsoSessionIdToken,
  insertIdentity,
  insertPendingLogin,
  insertSsoSession,
  takePendingLogin,
  updateIdentity,
} from './sso.repository';
import { findUserByEmail, findUserById, insertUser, updateUserIfVersion } from './user.repository';
import { auditedUser } from './user.views';

// Kept where passwords are, so the users list can tell such an account without importing this module.
export { SSO_ONLY_PASSWORD_HASH } from './password';

/** How long a sign-in may take at the provider before its state is forgotten. */
const PENDING_LOGIN_MINUTES = 10;

/**
 * Starting a sign-in is public and stores a pending row, so it is limited per client address like
 * the public forms. The window is a pending row's lifetime, so one address never keeps more than
 * this many alive; the allowance is high because a whole office may reach us through one address
 * (decision 005), and a person rarely needs more than a couple of starts.
 */
export const SSO_START_LIMIT: RateLimit = { bucket: 'sso-start', max: 120, windowSeconds: PENDING_LOGIN_MINUTES * 60 };

/** A sign-in on its way: where to send the browser, and the state to bind to it. */
export type SsoStart = { authorizationUrl: string; state: string; maxAgeSeconds: number };

/**
 * Starts a single sign-on: a fresh state, nonce and PKCE verifier are kept server-side under the
 * hash of the state (several app processes share them) and the browser goes to the provider. An
 * address over {@link SSO_START_LIMIT} gets `rate_limited` with the seconds to wait.
 */
export async function startSsoLogin(db: Db, ctx: RequestContext, client: OidcClient, returnTo: string | undefined): Promise<SsoStart> {
  await consumeRateLimit(db, SSO_START_LIMIT, ctx.ip);
  const request = await client.authorizationRequest();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await deleteExpiredPendingLogins(trx, now);
    await insertPendingLogin(trx, {
      stateHash: hashSecret(request.state),
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo: safeReturnPath(returnTo),
      at: now,
      expiresAt: new Date(now.getTime() + PENDING_LOGIN_MINUTES * 60_000),
    });
  });
  return { authorizationUrl: request.url.href, state: request.state, maxAgeSeconds: PENDING_LOGIN_MINUTES * 60 };
}

export type SsoCallbackResult =
  | { ok: true; sessionId: string; maxAgeSeconds: number; returnTo: string }
  | { ok: false; error: SsoError };

type Refusal = { error: SsoError; detail?: Record<string, unknown>; userId?: string | null };

async function refuse(db: Db, ctx: RequestContext, refusal: Refusal): Promise<SsoCallbackResult> {
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, ctx, {
      action: 'sso.login.refused',
      entityType: 'user',
      entityId: refusal.userId ?? null,
      data: { reason: refusal.error, ...(refusal.detail ?? {}) },
    });
  });
  return { ok: false, error: refusal.error };
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { cause: String(error).slice(0, 200) };
  const code = (error as { code?: unknown }).code;
  return { cause: typeof code === 'string' ? code : error.name, message: error.message.slice(0, 300) };
}

/**
 * Finishes a single sign-on (issue 15): the state must be the one this browser was given and
 * still pending (it is used up either way), the library checks the provider's answer, and the
 * account is created or brought up to date from the claims; every refusal is audited.
 */
export async function finishSsoLogin(
  db: Db,
  ctx: RequestContext,
  client: OidcClient,
  settings: AuthSettings,
  callback: { query: string; browserState: string | undefined; userAgent: string | null },
): Promise<SsoCallbackResult> {
  const params = new URLSearchParams(callback.query);
  const state = params.get('state');
  const now = new Date();
  // Used up whatever happens next, so a callback can never be replayed.
  const pending = state ? await takePendingLogin(db, hashSecret(state), now) : undefined;
  if (!state || !pending) return refuse(db, ctx, { error: 'state', detail: { cause: state ? 'unknown_or_expired' : 'missing' } });
  if (callback.browserState !== state) return refuse(db, ctx, { error: 'state', detail: { cause: 'other_browser' } });
  const providerError = params.get('error');
  if (providerError) return refuse(db, ctx, { error: 'provider', detail: { cause: providerError.slice(0, 100) } });

  try {
    await client.discover();
  } catch (error) {
    return refuse(db, ctx, { error: 'unavailable', detail: describeError(error) });
  }
  let identity: ProviderIdentity;
  try {
    identity = await client.redeem(callback.query, { state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
  } catch (error) {
    return refuse(db, ctx, { error: 'verification', detail: describeError(error) });
  }
  const email = typeof identity.claims.email === 'string' ? identity.claims.email.trim().toLowerCase() : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
    return refuse(db, ctx, { error: 'claims', detail: { cause: 'email_missing', subject: identity.subject } });
  }
  const name = displayName(identity.claims, email);
  const groups = claimValuesOf(identity.claims[client.settings.groupsClaim]);

  const outcome = await db
    .transaction()
    .execute((trx) => signInFromClaims(trx, ctx, settings, { identity, email, name, groups, now, userAgent: callback.userAgent }))
    .catch((error: unknown): { refusal: Refusal } => {
      // Two first sign-ins of one person at once: the second meets the first's new rows; trying again works.
      if ((error as { code?: unknown }).code === '23505') return { refusal: { error: 'unavailable', detail: { cause: 'concurrent_sign_in' } } };
      throw error;
    });
  if ('refusal' in outcome) return refuse(db, ctx, outcome.refusal);
  return { ok: true, sessionId: outcome.sessionId, maxAgeSeconds: outcome.maxAgeSeconds, returnTo: pending.return_to };
}

type SignInFacts = { identity: ProviderIdentity; email: string; name: string; groups: string[]; now: Date; userAgent: string | null };

/**
 * Creates, updates or disables the account from the provider's claims and starts its session,
 * or says why the sign-in is refused (issue 15, decision 014).
 */
async function signInFromClaims(
  trx: Db,
  ctx: RequestContext,
  settings: AuthSettings,
  facts: SignInFacts,
): Promise<{ refusal: Refusal } | { sessionId: string; maxAgeSeconds: number }> {
  const { identity, email, name, groups, now } = facts;
    const systemCtx: RequestContext = { ...ctx, actor: { kind: 'system', label: 'sso' } };
    const linked = await findIdentity(trx, identity.issuer, identity.subject);
    let user: AppUserRow | undefined = linked ? await findUserById(trx, linked.user_id) : await findUserByEmail(trx, email);
    // An account of the same address is taken over only when it is staff and linked to no other identity.
    if (!linked && user && (!isStaffAccount(user.roles) || (await findIdentityOfUser(trx, user.id)))) {
      return { refusal: { error: 'email_taken', userId: user.id, detail: { subject: identity.subject } } };
    }
    const mappings = (await findRoleMappings(trx)).map((m) => ({ claimValue: m.claim_value, role: m.role }));
    const roles = rolesFromClaims(groups, mappings);
    const decision = decideSsoSignIn(
      user ? { status: user.status, disabledByClaims: Boolean(linked?.disabled_by_claims_at), roles: user.roles } : undefined,
      roles,
    );
    const key = { issuer: identity.issuer, subject: identity.subject };

    if (decision.kind === 'refuse') {
      if (decision.disable && user) {
        const disabled = await updateUserIfVersion(trx, user.id, user.version, { status: 'disabled', disabled_at: now });
        if (!disabled) throw new DomainError('version_conflict');
        await deleteSessionsOfUser(trx, user.id);
        if (linked) await updateIdentity(trx, key, { disabledByClaimsAt: now });
        await recordAudit(trx, systemCtx, {
          action: 'sso.account.disabled',
          entityType: 'user',
          entityId: user.id,
          before: auditedUser(user),
          after: auditedUser(disabled),
          data: { groups },
        });
      }
      return { refusal: { error: decision.reason, userId: user?.id ?? null, detail: { groups } } };
    }

    if (decision.kind === 'create' || !user) {
      user = await insertUser(trx, {
        email,
        name,
        roles: decision.roles,
        password_hash: SSO_ONLY_PASSWORD_HASH,
        status: 'active',
        must_change_password: false,
        created_at: now,
        updated_at: now,
      });
      await insertIdentity(trx, { ...key, userId: user.id, at: now });
      await recordAudit(trx, systemCtx, {
        action: 'sso.account.created',
        entityType: 'user',
        entityId: user.id,
        after: auditedUser(user),
        data: { issuer: identity.issuer, subject: identity.subject, groups },
      });
    } else {
      if (!linked) await insertIdentity(trx, { ...key, userId: user.id, at: now });
      // The address follows the provider unless another account already uses it.
      const holder = email === user.email.toLowerCase() ? undefined : await findUserByEmail(trx, email);
      const changes = {
        ...(name !== user.name ? { name } : {}),
        ...(email !== user.email.toLowerCase() && !holder ? { email } : {}),
        ...(decision.rolesChanged ? { roles: decision.roles } : {}),
        ...(decision.reEnable ? { status: 'active' as const, disabled_at: null } : {}),
      };
      if (Object.keys(changes).length > 0) {
        const updated = await updateUserIfVersion(trx, user.id, user.version, changes);
        if (!updated) throw new DomainError('version_conflict');
        await recordAudit(trx, systemCtx, {
          action: 'sso.account.updated',
          entityType: 'user',
          entityId: user.id,
          before: auditedUser(user),
          after: auditedUser(updated),
          data: { groups, ...(linked ? {} : { linked: { issuer: identity.issuer, subject: identity.subject } }) },
        });
        user = updated;
      }
      if (decision.reEnable) await updateIdentity(trx, key, { disabledByClaimsAt: null });
    }
    await updateIdentity(trx, key, { lastLoginAt: now });
    const session = await startSession(trx, ctx, user, settings, { userAgent: facts.userAgent, at: now, method: 'oidc' });
    await insertSsoSession(trx, hashSecret(session.sessionId), identity.idToken);
    return { sessionId: session.sessionId, maxAgeSeconds: session.maxAgeSeconds };
}

function displayName(claims: Record<string, unknown>, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const full = typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name : `${given} ${family}`;
  const trimmed = full.trim().slice(0, 200);
  return trimmed === '' ? email : trimmed;
}

/**
 * Signs the caller out (the session ends and is audited as any logout) and says where the browser
 * goes next: for a session begun with single sign-on the provider's end-session URL (RP-initiated
 * logout), otherwise the login page.
 */
export async function ssoLogout(db: Db, ctx: RequestContext, client: OidcClient | undefined, publicUrl: string): Promise<string> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('unauthenticated');
  const idToken = await findSsoSessionIdToken(db, actor.sessionIdHash);
  await logout(db, ctx);
  const loggedOut = '/login?reason=logged-out';
  if (!idToken || !client) return loggedOut;
  try {
    const url = await client.endSessionUrl(idToken, `${publicUrl}${loggedOut}`);
    return url?.href ?? loggedOut;
  } catch {
    // The session here has ended; a provider out of reach must not keep the user from leaving.
    return loggedOut;
  }
}
