import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { annexVersionFileQuery, annexView, versionNumberParams } from '../../../shared/agreements/agreement.schemas';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { addAnnexVersionWithFile, openAnnexVersionFile, openSignedDocument } from './agreement-files.service';

const tags = ['agreements'];

/** Downloads of signed agreements and annex documents, and annex versions filed as documents (IOP-5, AGR-7). */
export const agreementFileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/agreements/:id/versions/:number/signed-document',
    { config: { access: { permission: 'agreements.read' } }, schema: { tags, params: versionNumberParams } },
    async (req, reply) => {
      const { file, stream } = await openSignedDocument(app.db, req.ctx, app.fileStorage, req.params.id, req.params.number);
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
  app.get(
    '/api/annexes/:id/versions/:number/file',
    { config: { access: { permission: 'agreements.read' } }, schema: { tags, params: versionNumberParams } },
    async (req, reply) => {
      const { file, stream } = await openAnnexVersionFile(app.db, req.ctx, app.fileStorage, req.params.id, req.params.number);
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
  app.post(
    '/api/annexes/:id/file-versions',
    {
      config: { access: { permission: 'agreements.write' } },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid() }),
        querystring: annexVersionFileQuery,
        consumes: ['multipart/form-data'],
        response: { 201: annexView },
      },
    },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      const view = await addAnnexVersionWithFile(app.db, req.ctx, app.fileStorage, req.params.id, { ...req.query, bytes, originalName: fileName });
      return reply.code(201).send(view);
    },
  );
};
