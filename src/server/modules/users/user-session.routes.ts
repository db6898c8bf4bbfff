import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionIdParams, sessionListView, signedOutView } from '../../../shared/users/two-factor.schemas';
import { clearSessionCookie } from '../../http/session-cookie';
import { endOwnSession, listOwnSessions, signOutEverywhere } from './user-session.service';

/** The caller's own sessions (issue 15): the list, ending one, and signing out everywhere else. */
export const userSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['auth'];

  app.get(
    '/api/auth/sessions',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: sessionListView } } },
    async (req) => listOwnSessions(app.db, req.ctx),
  );

  app.delete(
    '/api/auth/sessions/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: sessionIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { wasCurrent } = await endOwnSession(app.db, req.ctx, req.params.id);
      if (wasCurrent) clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/sessions/sign-out-everywhere',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: signedOutView } } },
    async (req) => signOutEverywhere(app.db, req.ctx),
  );
};
