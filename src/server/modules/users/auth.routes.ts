import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordInput, loginInput, sessionView } from '../../../shared/users/auth.schemas';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie';
import { changeOwnPassword, currentSession, login, logout } from './auth.service';

/** Login, session, logout and the caller's own password. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags: ['auth'], body: loginInput, response: { 200: sessionView } } },
    async (req, reply) => {
      const userAgent = req.headers['user-agent']?.slice(0, 500) ?? null;
      const result = await login(app.db, req.ctx, req.body, app.authSettings, userAgent);
      setSessionCookie(req, reply, result.sessionId, app.authSettings.sessionAbsoluteMinutes * 60);
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
};
