import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  authMethodsView,
  createSsoRoleMappingInput,
  ssoLogoutView,
  ssoRoleMappingList,
  ssoRoleMappingView,
  ssoStartQuery,
} from '../../../shared/users/sso.schemas';
import type { OidcConfig } from '../../config/env';
import { DomainError } from '../../http/errors';
import type { Access } from '../../http/fastify-types';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie';
import { readSetting } from '../organisations/settings.service';
import { OidcClient } from './oidc-client';
import { createRoleMapping, listRoleMappings, removeRoleMapping } from './sso-mapping.service';
import { finishSsoLogin, ssoLogout, startSsoLogin } from './sso.service';

const manage: { access: Access } = { access: { permission: 'users.manage' } };

// The state of a sign-in on its way is bound to the browser that started it: only this path sees it.
const STATE_COOKIE = 'samverkan_sso_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

function stateCookieOptions(req: FastifyRequest) {
  // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
  return { path: STATE_COOKIE_PATH, httpOnly: true, sameSite: 'lax' as const, secure: req.protocol === 'https' };
}

function toLogin(reply: FastifyReply, error: string) {
  return reply.redirect(`/login?sso_error=${encodeURIComponent(error)}`, 302);
}

/** Staff single sign-on with OpenID Connect, how one may sign in, and the group-to-role mapping (issue 15). */
export const ssoRoutes: FastifyPluginAsyncZod<{ oidc: OidcConfig | undefined }> = async (app, options) => {
  const client = options.oidc ? new OidcClient(options.oidc, `${app.publicUrl}/api/auth/oidc/callback`) : undefined;

  app.get(
    '/api/auth/methods',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 200: authMethodsView } } },
    async () => ({
      sso: { enabled: client !== undefined, label: options.oidc?.buttonLabel ?? null },
      staffPasswords: await readSetting(app.db, 'auth.staff_local_passwords'),
    }),
  );

  app.get(
    '/api/auth/oidc/start',
    { config: { access: 'public' }, schema: { tags: ['auth'], querystring: ssoStartQuery } },
    async (req, reply) => {
      if (!client) return toLogin(reply, 'unavailable');
      let start;
      try {
        start = await startSsoLogin(app.db, req.ctx, client, req.query.returnTo);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'rate_limited') {
          // A top-level navigation: the login page says it in words rather than a bare 429.
          reply.header('retry-after', String(error.details.retryAfterSeconds ?? 60));
          return toLogin(reply, 'busy');
        }
        req.log.warn({ err: error }, 'single sign-on could not start');
        return toLogin(reply, 'unavailable');
      }
      reply.setCookie(STATE_COOKIE, start.state, { ...stateCookieOptions(req), maxAge: start.maxAgeSeconds });
      return reply.redirect(start.authorizationUrl, 302);
    },
  );

  app.get('/api/auth/oidc/callback', { config: { access: 'public' }, schema: { tags: ['auth'] } }, async (req, reply) => {
    reply.clearCookie(STATE_COOKIE, stateCookieOptions(req));
    if (!client) return toLogin(reply, 'unavailable');
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const result = await finishSsoLogin(app.db, req.ctx, client, app.authSettings, {
      query,
      browserState: req.cookies[STATE_COOKIE],
      userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
    });
    if (!result.ok) return toLogin(reply, result.error);
    setSessionCookie(req, reply, result.sessionId, result.maxAgeSeconds);
    return reply.redirect(result.returnTo, 302);
  });

  app.post(
    '/api/auth/oidc/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], response: { 200: ssoLogoutView } } },
    async (req, reply) => {
      const redirectTo = await ssoLogout(app.db, req.ctx, client, app.publicUrl);
      clearSessionCookie(req, reply);
      return { redirectTo };
    },
  );

  app.get(
    '/api/sso/role-mappings',
    { config: manage, schema: { tags: ['users'], response: { 200: ssoRoleMappingList } } },
    async (req) => listRoleMappings(app.db, req.ctx),
  );
  app.post(
    '/api/sso/role-mappings',
    { config: manage, schema: { tags: ['users'], body: createSsoRoleMappingInput, response: { 201: ssoRoleMappingView } } },
    async (req, reply) => reply.code(201).send(await createRoleMapping(app.db, req.ctx, req.body)),
  );
  app.delete(
    '/api/sso/role-mappings/:id',
    { config: manage, schema: { tags: ['users'], params: z.strictObject({ id: z.uuid() }), response: { 204: z.null() } } },
    async (req, reply) => {
      await removeRoleMapping(app.db, req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  );
};
