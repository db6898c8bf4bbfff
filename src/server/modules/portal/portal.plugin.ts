import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { documentSubmissionRoutes } from './document-submission.routes';
import { portalRoutes } from './portal.routes';

/** The partner portal and staff handling of what partners submit through it (issue 15). */
export const portalPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(portalRoutes);
  await app.register(documentSubmissionRoutes);
};
