import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openStatisticsRoutes } from './open-statistics.routes';
import { publicationRoutes } from './publication.routes';
import { publicIopRoutes } from './public-iop.routes';

/** Openness towards the public (IOP-10, OVR-3): the public IOP page, its open data, publishing to it, and the open statistics (OVR-2). */
export const publicPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(publicIopRoutes);
  await app.register(publicationRoutes);
  await app.register(openStatisticsRoutes);
};
