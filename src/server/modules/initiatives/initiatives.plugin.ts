import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentRoutes } from './attachment.routes';
import { initiativeRoutes } from './initiative.routes';
import { publicInitiativeRoutes } from './public-initiative.routes';

/** Initiatives from staff and from the public form (INI-1, IOP-10). */
export const initiativesPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(initiativeRoutes);
  await app.register(attachmentRoutes);
  await app.register(publicInitiativeRoutes);
};
