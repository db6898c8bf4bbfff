import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Form guidance and the dated thresholds it reads (FRM-1–7, IOP-2, IOP-11). */
export const guidancePlugin: FastifyPluginAsyncZod = async () => {};
