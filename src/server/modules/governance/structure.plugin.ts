import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The structure of governance bodies as agreements describe it: representation and the organisation diagram (AGR-3). */
export const governanceStructurePlugin: FastifyPluginAsyncZod = async () => {};
