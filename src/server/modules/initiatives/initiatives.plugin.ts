import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Initiatives from staff and from the public form (INI-1, IOP-10). */
export const initiativesPlugin: FastifyPluginAsyncZod = async () => {};
