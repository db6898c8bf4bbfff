import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordInput, loginInput, loginResultView, sessionView } from '../../../shared/users/auth.schemas';
import { secondFactorLoginInput } from '../../../shared/users/two-factor.schemas';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie';
import { changeOwnPassword, currentSession, login, type LoginResult, logout } from './auth.service';
import { completeSecondFactorLogin } from './second-factor-login.service';
import { twoFactorRoutes } from './two-factor.routes';
import { userSessionRoutes } from './user-session.routes';

/** Login (password, then a second factor where the account has one), session, logout and the caller's own password. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const userAgentOf = (headers: Record<string, string | string[] | undefined>) => {
    const value = headers['user-agent'];
    return typeof value === 'string' ? value.slice(0, 500) : null;
  };

  app.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags: ['auth'], body: loginInput, response: { 200: loginResultView } } },
    async (req, reply) => {
      const result: LoginResult = await login(app.db, req.ctx, req.body, app.authSettings, userAgentOf(req.headers));
      if (result.kind === 'challenge') return result.view;
      setSessionCookie(req, reply, result.sessionId, result.maxAgeSeconds);
      return result.view;
    },
  );

  app.post(
    '/api/auth/login/second-factor',
    { config: { access: 'public' }, schema: { tags: ['auth'], body: secondFactorLoginInput, response: { 200: sessionView } } },
    async (req, reply) => {
      const result = await completeSecondFactorLogin(app.db, req.ctx, req.body, app.authSettings, userAgentOf(req.headers));
      setSessionCookie(req, reply, result.sessionId, result.maxAgeSeconds);
      return result.view;
    },
  );

  app.get(
    '/api/auth/session',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], response: { 200: sessionView } } },
    async (req) => currentSession(app.db, req.ctx),
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (req, reply) => {
      await logout(app.db, req.ctx);
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], body: changePasswordInput, response: { 200: sessionView } },
    },
    async (req) => changeOwnPassword(app.db, req.ctx, req.body),
  );

  await app.register(twoFactorRoutes);
  await app.register(userSessionRoutes);
};
