import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The central cooperation register: cooperations, their lifecycle and gates, the overview (OVR-1). */
export const cooperationsPlugin: FastifyPluginAsyncZod = async () => {};
