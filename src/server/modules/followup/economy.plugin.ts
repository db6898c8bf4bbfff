import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { economyRoutes } from './economy.routes';
import { welfareValueRoutes } from './welfare-value.routes';

/** The economy of cooperations (IOP-9) and the accumulated value of welfare-service procurements (FRM-7). */
export const economyPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(economyRoutes);
  await app.register(welfareValueRoutes);
};
