import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governanceRoutes } from './governance.routes';
import { meetingRoutes } from './meeting.routes';

/** Governance: bodies, members, meetings, action items and joint decisions (AGR-3, IOP-6). */
export const governancePlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(governanceRoutes);
  await app.register(meetingRoutes);
};
