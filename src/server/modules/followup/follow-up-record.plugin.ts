import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { followUpRecordRoutes } from './follow-up-record.routes';

/** Follow-ups as records: operative, strategic, the IOP steering group's yearly and the clusters' routine follow-up (AGR-5, IOP-7). */
export const followUpRecordPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(followUpRecordRoutes);
};
