import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { structureRoutes } from './structure.routes';

/** The structure of governance bodies as agreements describe it: representation and the organisation diagram (AGR-3). */
export const governanceStructurePlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(structureRoutes);
};
