import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formGuidanceRoutes } from './form-guidance.routes';
import { thresholdRoutes } from './threshold.routes';

/** Form guidance and the dated thresholds it reads (FRM-1–7, IOP-2, IOP-11). */
export const guidancePlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(thresholdRoutes);
  await app.register(formGuidanceRoutes);
};
