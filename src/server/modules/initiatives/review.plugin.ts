import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { followUpRoutes } from './follow-up.routes';
import { reviewRoutes } from './review.routes';

/** The review group: meetings, agendas, recommendations and minutes (INI-2, INI-3, INI-4, INI-5, INI-7). */
export const reviewPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(reviewRoutes);
  await app.register(followUpRoutes);
};
