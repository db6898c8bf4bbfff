import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { vidaRoutes } from './vida.routes';

/** VIDA payouts (FRM-5). */
export const vidaPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(vidaRoutes);
};
