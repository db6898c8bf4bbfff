import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cooperationRoutes } from './cooperation.routes';
import { savedFilterRoutes } from './saved-filter.routes';

/** The central cooperation register: cooperations, their lifecycle and gates, the overview (OVR-1). */
export const cooperationsPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(cooperationRoutes);
  await app.register(savedFilterRoutes);
};
