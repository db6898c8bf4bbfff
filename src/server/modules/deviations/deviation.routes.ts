import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addDeviationActionInput,
  closeDeviationInput,
  decideDeviationInput,
  deviationExportQuery,
  deviationList,
  deviationQuery,
  deviationView,
  reportDeviationInput,
  updateDeviationActionInput,
} from '../../../shared/deviations/deviation.schemas';
import type { Access } from '../../http/fastify-types';
import { sendGeneratedFile } from '../files/download-headers';
import { exportDeviations } from './deviation-export.service';
import { addDeviationAction, closeDeviation, decideDeviation, getDeviation, listDeviations, reportDeviation, updateDeviationAction } from './deviation.service';

const read: { access: Access } = { access: { permission: 'deviations.read' } };
const report: { access: Access } = { access: { permission: 'deviations.report' } };
const handle: { access: Access } = { access: { permission: 'deviations.handle' } };
const idParams = z.strictObject({ id: z.uuid() });
const actionParams = z.strictObject({ id: z.uuid(), actionId: z.uuid() });
const tags = ['deviations'];

/** Deviations (AGR-4): reported, routed, handled with actions and a decision, closed; listed and exported. */
export const deviationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/deviations', { config: read, schema: { tags, querystring: deviationQuery, response: { 200: deviationList } } }, async (req) =>
    listDeviations(app.db, req.ctx, req.query),
  );
  app.get('/api/deviations/export', { config: read, schema: { tags, querystring: deviationExportQuery } }, async (req, reply) => {
    const { lang, ...query } = req.query;
    const file = await exportDeviations(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
    return sendGeneratedFile(reply, { mediaType: file.mediaType, fileName: file.fileName, body: file.bytes });
  });
  app.post('/api/deviations', { config: report, schema: { tags, body: reportDeviationInput, response: { 201: deviationView } } }, async (req, reply) =>
    reply.code(201).send(await reportDeviation(app.db, req.ctx, req.body, { publicUrl: app.publicUrl })),
  );
  app.get('/api/deviations/:id', { config: read, schema: { tags, params: idParams, response: { 200: deviationView } } }, async (req) =>
    getDeviation(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/deviations/:id/actions',
    { config: handle, schema: { tags, params: idParams, body: addDeviationActionInput, response: { 200: deviationView } } },
    async (req) => addDeviationAction(app.db, req.ctx, req.params.id, req.body),
  );
  app.patch(
    '/api/deviations/:id/actions/:actionId',
    { config: handle, schema: { tags, params: actionParams, body: updateDeviationActionInput, response: { 200: deviationView } } },
    async (req) => updateDeviationAction(app.db, req.ctx, req.params.id, req.params.actionId, req.body),
  );
  app.post(
    '/api/deviations/:id/decision',
    { config: handle, schema: { tags, params: idParams, body: decideDeviationInput, response: { 200: deviationView } } },
    async (req) => decideDeviation(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/deviations/:id/close',
    { config: handle, schema: { tags, params: idParams, body: closeDeviationInput, response: { 200: deviationView } } },
    async (req) => closeDeviation(app.db, req.ctx, req.params.id, req.body),
  );
};
