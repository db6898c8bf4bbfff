import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The end and the yearly review of cooperations: annual reviews (IOP-8, AGR-7) and terminations. */
export const lifecyclePlugin: FastifyPluginAsyncZod = async () => {};
