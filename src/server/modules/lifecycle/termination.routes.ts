import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cooperationTerminationView,
  createTerminationInput,
  evidenceFileView,
  withdrawNoticeInput,
} from '../../../shared/lifecycle/lifecycle.schemas';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { getTermination, giveTermination, openTerminationEvidence, uploadTerminationEvidence, withdrawNotice } from './termination.service';

const read: { access: Access } = { access: { permission: 'cooperations.read' } };
// INI-6: the manager who moves a cooperation through its lifecycle also ends it.
const write: { access: Access } = { access: { permission: 'cooperations.transition' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['lifecycle'];

/** Ending a cooperation by notice or rescission, with reason and evidence (IOP-5, EMP-3). */
export const terminationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cooperations/:id/termination',
    { config: read, schema: { tags, params: idParams, response: { 200: cooperationTerminationView } } },
    async (req) => getTermination(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/cooperations/:id/termination',
    { config: write, schema: { tags, params: idParams, body: createTerminationInput, response: { 201: cooperationTerminationView } } },
    async (req, reply) => reply.code(201).send(await giveTermination(app.db, req.ctx, req.params.id, req.body, { publicUrl: app.publicUrl })),
  );
  app.post(
    '/api/cooperations/:id/termination/withdraw',
    { config: write, schema: { tags, params: idParams, body: withdrawNoticeInput, response: { 200: cooperationTerminationView } } },
    async (req) => withdrawNotice(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/cooperations/:id/termination/evidence',
    { config: write, schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 201: evidenceFileView } } },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      return reply.code(201).send(await uploadTerminationEvidence(app.db, req.ctx, app.fileStorage, req.params.id, { bytes, originalName: fileName }));
    },
  );
  app.get(
    '/api/cooperations/:id/terminations/:terminationId/evidence',
    { config: read, schema: { tags, params: z.strictObject({ id: z.uuid(), terminationId: z.uuid() }) } },
    async (req, reply) => {
      const { file, stream } = await openTerminationEvidence(app.db, req.ctx, app.fileStorage, req.params.id, req.params.terminationId);
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
};
