import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasPermission } from '../../shared/users/permissions.rules';
import { resolveApiToken, resolveSession } from '../modules/users/auth.service';
import { safeEqual } from '../modules/users/secrets';
import { todayIn } from '../../shared/time/dates';
import { DomainError } from './errors';
import { pickLanguage } from './language';
import { type Actor, rolesOf } from './request-context';
import { readSessionCookie } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// What a user with a generated password may still do: see their session, change it, leave.
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/session', '/api/auth/password', '/api/auth/logout']);
// What a user who must enrol a second factor may still do (issue 15): see their session and the
// factor's status, enrol, leave.
const ALLOWED_BEFORE_ENROLMENT = new Set([
  '/api/auth/session',
  '/api/auth/logout',
  '/api/auth/two-factor',
  '/api/auth/two-factor/enrolment',
  '/api/auth/two-factor/enrolment/confirm',
]);

async function identify(app: FastifyInstance, req: FastifyRequest): Promise<{ actor: Actor; viaCookie: boolean }> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await resolveApiToken(app.db, match[1]) : undefined;
    // A presented but unusable credential is refused outright rather than treated as the public.
    if (!actor) throw new DomainError('unauthenticated');
    return { actor, viaCookie: false };
  }
  const sessionId = readSessionCookie(req);
  if (sessionId) {
    const actor = await resolveSession(app.db, sessionId);
    if (actor) return { actor, viaCookie: true };
  }
  return { actor: { kind: 'anonymous' }, viaCookie: false };
}

/**
 * Identifies the caller (API token or session cookie), then enforces the route's declared
 * access and, for cookie-authenticated writes, the CSRF token — all before input validation,
 * so that a caller without access learns nothing from validation messages.
 */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('ctx');
  app.decorateRequest('language', 'sv');
  app.decorateRequest('viaCookie', false);
  app.addHook('onRequest', async (req) => {
    req.language = pickLanguage(req.headers['accept-language']);
    req.ctx = { actor: { kind: 'anonymous' }, requestId: req.id, ip: req.ip, today: todayIn(app.timeZone) };
    // A route with a credential of its own is not asked about sessions or API tokens at all.
    if (req.routeOptions.config.ownCredentials) return;
    const access = req.routeOptions.config.access;
    if (access === undefined || access === 'public') {
      // Public routes still learn who is calling when a valid credential comes along.
      const who = await identify(app, req).catch(() => ({ actor: { kind: 'anonymous' } as Actor, viaCookie: false }));
      req.ctx = { ...req.ctx, actor: who.actor };
      req.viaCookie = who.viaCookie;
      return;
    }
    const { actor, viaCookie } = await identify(app, req);
    req.ctx = { ...req.ctx, actor };
    req.viaCookie = viaCookie;
    if (actor.kind === 'anonymous') throw new DomainError('unauthenticated');
    if (viaCookie && actor.kind === 'user' && !SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, actor.csrfToken)) throw new DomainError('csrf_missing');
    }
    if (actor.kind === 'user' && actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(req.routeOptions.url ?? '')) {
      throw new DomainError('password_change_required');
    }
    if (actor.kind === 'user' && actor.twoFactorEnrolmentRequired && !ALLOWED_BEFORE_ENROLMENT.has(req.routeOptions.url ?? '')) {
      throw new DomainError('two_factor_enrolment_required');
    }
    if (access !== 'authenticated' && !hasPermission(rolesOf(actor), access.permission)) {
      throw new DomainError('forbidden');
    }
  });
}
