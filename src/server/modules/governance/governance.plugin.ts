import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cycleRoutes } from './cycle.routes';
import { governanceRoutes } from './governance.routes';
import { meetingAttachmentRoutes } from './meeting-attachment.routes';
import { meetingRoutes } from './meeting.routes';
import { questionRoutes } from './question.routes';

/** Governance: bodies, members, meetings with attachments, action items, joint decisions and the annual cycle (AGR-3, IOP-6, IOP-7). */
export const governancePlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(governanceRoutes);
  await app.register(meetingRoutes);
  await app.register(meetingAttachmentRoutes);
  await app.register(cycleRoutes);
  await app.register(questionRoutes);
};
