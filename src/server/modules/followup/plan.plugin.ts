import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { planRoutes } from './plan.routes';

/** Follow-up: activity plans with goals and indicators, adopted by the steering body (AGR-2, IOP-6, IOP-7). */
export const planPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(planRoutes);
};
