import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bodyCycleView, completeCycleTaskInput, cycleQuery, cycleTaskView } from '../../../shared/governance/cycle.schemas';
import type { Access } from '../../http/fastify-types';
import { completeCycleTask, getBodyCycle } from './cycle.service';

const read: { access: Access } = { access: { permission: 'governance.read' } };
const write: { access: Access } = { access: { permission: 'governance.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];

/** The annual cycle of steering groups: the year's tasks and completing them (IOP-7). */
export const cycleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/governance-bodies/:id/cycle',
    { config: read, schema: { tags, params: idParams, querystring: cycleQuery, response: { 200: bodyCycleView } } },
    async (req) => getBodyCycle(app.db, req.ctx, req.params.id, req.query.year),
  );
  app.post(
    '/api/cycle-tasks/:id/complete',
    { config: write, schema: { tags, params: idParams, body: completeCycleTaskInput, response: { 200: cycleTaskView } } },
    async (req) => completeCycleTask(app.db, req.ctx, req.params.id, req.body),
  );
};
