import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agendaGoalList,
  assessIndicatorInput,
  createPlanInput,
  planIndicatorParams,
  planList,
  planView,
  proposePlanInput,
  updatePlanInput,
} from '../../../shared/followup/plan.schemas';
import type { Access } from '../../http/fastify-types';
import { assessIndicator, createPlan, getPlan, listAgendaGoals, listPlans, proposePlan, updatePlan } from './plan.service';

const read: { access: Access } = { access: { permission: 'plans.read' } };
const write: { access: Access } = { access: { permission: 'plans.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['follow-up'];

/** Activity plans per cooperation and year with goals and indicators, adopted by joint decision (AGR-2, IOP-6, IOP-7). */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/agenda-goals', { config: read, schema: { tags, response: { 200: agendaGoalList } } }, async (req) => listAgendaGoals(app.db, req.ctx));
  app.get(
    '/api/cooperations/:id/plans',
    { config: read, schema: { tags, params: idParams, response: { 200: planList } } },
    async (req) => listPlans(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/cooperations/:id/plans',
    { config: write, schema: { tags, params: idParams, body: createPlanInput, response: { 201: planView } } },
    async (req, reply) => reply.code(201).send(await createPlan(app.db, req.ctx, req.params.id, req.body)),
  );
  app.get('/api/plans/:id', { config: read, schema: { tags, params: idParams, response: { 200: planView } } }, async (req) => getPlan(app.db, req.ctx, req.params.id));
  app.patch(
    '/api/plans/:id',
    { config: write, schema: { tags, params: idParams, body: updatePlanInput, response: { 200: planView } } },
    async (req) => updatePlan(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/plans/:id/propose',
    { config: write, schema: { tags, params: idParams, body: proposePlanInput, response: { 200: planView } } },
    async (req) => proposePlan(app.db, req.ctx, req.params.id, req.body, { publicUrl: app.publicUrl }),
  );
  app.post(
    '/api/plans/:id/indicators/:indicatorId/assessment',
    { config: write, schema: { tags, params: planIndicatorParams, body: assessIndicatorInput, response: { 200: planView } } },
    async (req) => assessIndicator(app.db, req.ctx, req.params.id, req.params.indicatorId, req.body),
  );
};
