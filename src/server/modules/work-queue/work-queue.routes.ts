import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workQueueCountView, workQueueQuery, workQueueView } from '../../../shared/work-queue/work-queue.schemas';
import type { Access } from '../../http/fastify-types';
import { countWorkQueue, listWorkQueue } from './work-queue.service';

const read: { access: Access } = { access: { permission: 'work-queue.read' } };
const tags = ['work-queue'];

/** "Att göra": each staff member's items due, computed from the data (issue 12). */
export const workQueueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/work-queue', { config: read, schema: { tags, querystring: workQueueQuery, response: { 200: workQueueView } } }, async (req) =>
    listWorkQueue(app.db, req.ctx, req.query, app.timeZone),
  );
  app.get('/api/work-queue/count', { config: read, schema: { tags, response: { 200: workQueueCountView } } }, async (req) =>
    countWorkQueue(app.db, req.ctx, app.timeZone),
  );
};
