import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { committeeReportRoutes } from './committee-report.routes';

/** The committee's report and its downloads (OVR-2, issue 13). */
export const reportsPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(committeeReportRoutes);
};
