import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPage } from '../../../shared/audit/audit.schemas';
import {
  cooperationExportQuery,
  cooperationPage,
  cooperationQuery,
  cooperationView,
  createCooperationInput,
  gateResultView,
  gatesQuery,
  transitionInput,
  updateCooperationInput,
} from '../../../shared/cooperations/cooperation.schemas';
import { pageQuery } from '../../../shared/http/pagination.schemas';
import type { Access } from '../../http/fastify-types';
import { sendGeneratedFile } from '../files/download-headers';
import { exportCooperations } from './cooperation-export.service';
import {
  createCooperation,
  getCooperation,
  getCooperationGates,
  getCooperationHistory,
  updateCooperation,
} from './cooperation.service';
import { listCooperations } from './overview.service';
import { transitionCooperation } from './transition.service';

const read: { access: Access } = { access: { permission: 'cooperations.read' } };
const write: { access: Access } = { access: { permission: 'cooperations.write' } };
const transition: { access: Access } = { access: { permission: 'cooperations.transition' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['cooperations'];

/** The central cooperation register (OVR-1): overview, export, records, gates and lifecycle. */
export const cooperationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/cooperations', { config: read, schema: { tags, querystring: cooperationQuery, response: { 200: cooperationPage } } }, async (req) =>
    listCooperations(app.db, req.ctx, req.query),
  );
  app.get('/api/cooperations/export', { config: read, schema: { tags, querystring: cooperationExportQuery } }, async (req, reply) => {
    const { lang, ...query } = req.query;
    const file = await exportCooperations(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
    return sendGeneratedFile(reply, { mediaType: file.mediaType, fileName: file.fileName, body: file.bytes });
  });
  app.post(
    '/api/cooperations',
    { config: write, schema: { tags, body: createCooperationInput, response: { 201: cooperationView } } },
    async (req, reply) => reply.code(201).send(await createCooperation(app.db, req.ctx, req.body)),
  );
  app.get('/api/cooperations/:id', { config: read, schema: { tags, params: idParams, response: { 200: cooperationView } } }, async (req) =>
    getCooperation(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/cooperations/:id',
    { config: write, schema: { tags, params: idParams, body: updateCooperationInput, response: { 200: cooperationView } } },
    async (req) => updateCooperation(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/cooperations/:id/history',
    { config: read, schema: { tags, params: idParams, querystring: pageQuery, response: { 200: auditPage } } },
    async (req) => getCooperationHistory(app.db, req.ctx, req.params.id, req.query),
  );
  app.get(
    '/api/cooperations/:id/gates',
    { config: read, schema: { tags, params: idParams, querystring: gatesQuery, response: { 200: z.array(gateResultView) } } },
    async (req) => getCooperationGates(app.db, req.ctx, req.params.id, req.query.to),
  );
  app.post(
    '/api/cooperations/:id/transitions',
    { config: transition, schema: { tags, params: idParams, body: transitionInput, response: { 200: cooperationView } } },
    async (req) => transitionCooperation(app.db, req.ctx, req.params.id, req.body),
  );
};
