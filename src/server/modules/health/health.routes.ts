import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthView, livenessView, readinessView, type ReadinessView } from '../../../shared/http/health.schemas';
import type { Db } from '../../db/database';
import { knownMigrationNames } from '../../db/migrations';
import { checkDatabase, findExecutedMigrationNames } from './health.repository';

/** Whether the database answers and has run every migration this build knows (decision 018). */
async function readiness(db: Db): Promise<ReadinessView> {
  try {
    await checkDatabase(db);
  } catch {
    return { status: 'not_ready', database: 'unreachable', migrations: 'unknown' };
  }
  try {
    const executed = new Set(await findExecutedMigrationNames(db));
    const complete = knownMigrationNames().every((name) => executed.has(name));
    return { status: complete ? 'ready' : 'not_ready', database: 'reachable', migrations: complete ? 'complete' : 'pending' };
  } catch {
    return { status: 'not_ready', database: 'reachable', migrations: 'unknown' };
  }
}

/**
 * Health for load balancers and orchestrators: liveness (the process answers), readiness (the
 * database answers and is migrated), and the original `/api/health` (the database answers).
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: healthView } } },
    async () => {
      await checkDatabase(app.db);
      return { status: 'ok' as const, database: app.databaseKind, version: app.appVersion };
    },
  );

  app.get(
    '/api/health/live',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: livenessView } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/health/ready',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: readinessView, 503: readinessView } } },
    async (_req, reply) => {
      // Draining: answered before asking the database, which may already be closing (decision 023).
      if (app.lifecycle.shuttingDown) {
        return reply.code(503).send({ status: 'shutting_down', database: 'unknown', migrations: 'unknown' });
      }
      const view = await readiness(app.db);
      return reply.code(view.status === 'ready' ? 200 : 503).send(view);
    },
  );
};
