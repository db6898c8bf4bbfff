import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditView,
  createAuditInput,
  createOutcomeInput,
  createReconciliationInput,
  economyView,
  outcomeView,
  reconciliationView,
  removeEntryInput,
  updateOutcomeInput,
} from '../../../shared/followup/economy.schemas';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import {
  correctOutcome,
  createExternalAudit,
  getEconomy,
  openAuditReport,
  recordOutcome,
  recordReconciliation,
  removeOutcome,
  uploadAuditReport,
} from './economy.service';

// IOP-9: staff have insight into every cooperation's economy; officers, managers, economists and admins record it.
const read: { access: Access } = { access: { permission: 'economy.read' } };
const write: { access: Access } = { access: { permission: 'economy.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const entryParams = z.strictObject({ id: z.uuid(), entryId: z.uuid() });
const auditParams = z.strictObject({ id: z.uuid(), auditId: z.uuid() });
const tags = ['economy'];

/** The economy of a cooperation: outcome, budget against outcome, reconciliations and external audits (IOP-9). */
export const economyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cooperations/:id/economy',
    { config: read, schema: { tags, params: idParams, response: { 200: economyView } } },
    async (req) => getEconomy(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/cooperations/:id/economy/outcomes',
    { config: write, schema: { tags, params: idParams, body: createOutcomeInput, response: { 201: outcomeView } } },
    async (req, reply) => reply.code(201).send(await recordOutcome(app.db, req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/cooperations/:id/economy/outcomes/:entryId',
    { config: write, schema: { tags, params: entryParams, body: updateOutcomeInput, response: { 200: outcomeView } } },
    async (req) => correctOutcome(app.db, req.ctx, req.params.id, req.params.entryId, req.body),
  );
  app.post(
    '/api/cooperations/:id/economy/outcomes/:entryId/remove',
    { config: write, schema: { tags, params: entryParams, body: removeEntryInput, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeOutcome(app.db, req.ctx, req.params.id, req.params.entryId, req.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/cooperations/:id/economy/reconciliations',
    { config: write, schema: { tags, params: idParams, body: createReconciliationInput, response: { 201: reconciliationView } } },
    async (req, reply) => reply.code(201).send(await recordReconciliation(app.db, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/cooperations/:id/economy/audits',
    { config: write, schema: { tags, params: idParams, body: createAuditInput, response: { 201: auditView } } },
    async (req, reply) => reply.code(201).send(await createExternalAudit(app.db, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/cooperations/:id/economy/audits/:auditId/report',
    { config: write, schema: { tags, params: auditParams, consumes: ['multipart/form-data'], response: { 200: auditView } } },
    async (req) => {
      const { bytes, fileName } = await readSingleUpload(req);
      return uploadAuditReport(app.db, req.ctx, app.fileStorage, req.params.id, req.params.auditId, { bytes, originalName: fileName });
    },
  );
  app.get(
    '/api/cooperations/:id/economy/audits/:auditId/report',
    { config: read, schema: { tags, params: auditParams } },
    async (req, reply) => {
      const { file, stream } = await openAuditReport(app.db, req.ctx, app.fileStorage, req.params.id, req.params.auditId);
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
};
