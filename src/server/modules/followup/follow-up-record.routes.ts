import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreementStrategicFollowUpView,
  cooperationFollowUpsView,
  createFollowUpRecordInput,
  followUpPlanContext,
  followUpPlanQuery,
  followUpRecordView,
  followUpTemplateView,
  saveFollowUpTemplateInput,
  updateFollowUpRecordInput,
} from '../../../shared/followup/follow-up-record.schemas';
import type { Access } from '../../http/fastify-types';
import {
  getAgreementStrategicFollowUp,
  getFollowUpPlanContext,
  getFollowUpRecord,
  listCooperationFollowUps,
  recordFollowUp,
  updateFollowUp,
} from './follow-up-record.service';
import { getTemplate, saveTemplate } from './follow-up-template.service';

const read: { access: Access } = { access: { permission: 'follow-ups.read' } };
const write: { access: Access } = { access: { permission: 'follow-ups.write' } };
const templateRead: { access: Access } = { access: { permission: 'governance.read' } };
const templateEdit: { access: Access } = { access: { permission: 'follow-up-templates.edit' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['follow-ups'];

/** Follow-up records of cooperations, the clusters' routine template and the agreement's latest strategic follow-up (AGR-5, IOP-7). */
export const followUpRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cooperations/:id/follow-up-records',
    { config: read, schema: { tags, params: idParams, response: { 200: cooperationFollowUpsView } } },
    async (req) => listCooperationFollowUps(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/cooperations/:id/follow-up-records',
    { config: write, schema: { tags, params: idParams, body: createFollowUpRecordInput, response: { 201: followUpRecordView } } },
    async (req, reply) => reply.code(201).send(await recordFollowUp(app.db, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/cooperations/:id/follow-up-plan',
    { config: read, schema: { tags, params: idParams, querystring: followUpPlanQuery, response: { 200: followUpPlanContext } } },
    async (req) => getFollowUpPlanContext(app.db, req.ctx, req.params.id, req.query.year),
  );
  app.get(
    '/api/follow-up-records/:id',
    { config: read, schema: { tags, params: idParams, response: { 200: followUpRecordView } } },
    async (req) => getFollowUpRecord(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/follow-up-records/:id',
    { config: write, schema: { tags, params: idParams, body: updateFollowUpRecordInput, response: { 200: followUpRecordView } } },
    async (req) => updateFollowUp(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/governance-bodies/:id/follow-up-template',
    { config: templateRead, schema: { tags, params: idParams, response: { 200: followUpTemplateView } } },
    async (req) => getTemplate(app.db, req.ctx, req.params.id),
  );
  app.put(
    '/api/governance-bodies/:id/follow-up-template',
    { config: templateEdit, schema: { tags, params: idParams, body: saveFollowUpTemplateInput, response: { 200: followUpTemplateView } } },
    async (req) => saveTemplate(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/agreements/:id/strategic-follow-up',
    { config: read, schema: { tags, params: idParams, response: { 200: agreementStrategicFollowUpView } } },
    async (req) => getAgreementStrategicFollowUp(app.db, req.ctx, req.params.id),
  );
};
