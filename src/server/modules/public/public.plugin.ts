import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicationRoutes } from './publication.routes';
import { publicIopRoutes } from './public-iop.routes';

/** Openness towards the public (IOP-10, OVR-3): the public IOP page, its open data, and publishing to it. */
export const publicPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(publicIopRoutes);
  await app.register(publicationRoutes);
};
