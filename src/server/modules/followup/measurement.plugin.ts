import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { measurementRoutes } from './measurement.routes';

/** Measurements of plan indicators, disaggregated by gender and target group, and cluster progression (AGR-6, 003 §7.1). */
export const measurementPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(measurementRoutes);
};
