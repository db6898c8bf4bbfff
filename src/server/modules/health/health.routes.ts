import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthView } from '../../../shared/http/health.schemas';
import { checkDatabase } from './health.repository';

/** Liveness and readiness for load balancers: answers only when the database answers. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: healthView } } },
    async () => {
      await checkDatabase(app.db);
      return { status: 'ok' as const, database: app.databaseKind, version: app.appVersion };
    },
  );
};
