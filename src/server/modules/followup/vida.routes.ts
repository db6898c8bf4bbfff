import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordVersionFromText } from '../../../shared/http/number.schemas';
import {
  createVidaPayoutInput,
  updateVidaPayoutInput,
  vidaCooperationView,
  vidaExportQuery,
  vidaPayoutList,
  vidaPayoutQuery,
  vidaPayoutView,
} from '../../../shared/followup/vida.schemas';
import { sendGeneratedFile } from '../files/download-headers';
import { exportPayouts } from './vida-export.service';
import { createPayout, listPayouts, listVidaCooperations, removePayout, updatePayout } from './vida.service';

const idParams = z.strictObject({ id: z.uuid() });
const versionQuery = z.strictObject({ version: recordVersionFromText });
const tags = ['vida'];
const read = { access: { permission: 'vida.read' as const } };
const write = { access: { permission: 'vida.write' as const } };

/** VIDA payouts per association and semester, the list for the finance system and its export (FRM-5). */
export const vidaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/vida/cooperations', { config: read, schema: { tags, response: { 200: z.array(vidaCooperationView) } } }, async (req) =>
    listVidaCooperations(app.db, req.ctx),
  );
  app.get('/api/vida/payouts', { config: read, schema: { tags, querystring: vidaPayoutQuery, response: { 200: vidaPayoutList } } }, async (req) =>
    listPayouts(app.db, req.ctx, req.query.period),
  );
  app.get('/api/vida/payouts/export', { config: read, schema: { tags, querystring: vidaExportQuery } }, async (req, reply) => {
    const { lang, ...query } = req.query;
    const file = await exportPayouts(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
    return sendGeneratedFile(reply.header('x-payee-warnings', String(file.warnings)), { mediaType: file.mediaType, fileName: file.fileName, body: file.bytes });
  });
  app.post('/api/vida/payouts', { config: write, schema: { tags, body: createVidaPayoutInput, response: { 201: vidaPayoutView } } }, async (req, reply) =>
    reply.code(201).send(await createPayout(app.db, req.ctx, req.body)),
  );
  app.patch(
    '/api/vida/payouts/:id',
    { config: write, schema: { tags, params: idParams, body: updateVidaPayoutInput, response: { 200: vidaPayoutView } } },
    async (req) => updatePayout(app.db, req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/vida/payouts/:id',
    { config: write, schema: { tags, params: idParams, querystring: versionQuery } },
    async (req, reply) => {
      await removePayout(app.db, req.ctx, req.params.id, req.query.version);
      return reply.code(204).send();
    },
  );
};
