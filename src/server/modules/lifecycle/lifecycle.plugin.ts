import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { annualReviewRoutes } from './annual-review.routes';
import { registerTerminationSweep } from './termination-sweep';
import { terminationRoutes } from './termination.routes';

/** The end and the yearly review of cooperations: annual reviews (IOP-8, AGR-7) and terminations. */
export const lifecyclePlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(terminationRoutes);
  await app.register(annualReviewRoutes);
  registerTerminationSweep(app);
};
