import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { initiativeAttachmentView } from '../../../shared/initiatives/initiative.schemas';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { addInitiativeAttachment, openInitiativeAttachment } from './attachment.service';

const tags = ['initiatives'];

/** Attachments of an initiative: upload (multipart, one file) and download (INI-1). */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/initiatives/:id/attachments',
    {
      config: { access: { permission: 'initiatives.write' } },
      schema: { tags, params: z.strictObject({ id: z.uuid() }), consumes: ['multipart/form-data'], response: { 201: initiativeAttachmentView } },
    },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      const view = await addInitiativeAttachment(app.db, req.ctx, app.fileStorage, { initiativeId: req.params.id, bytes, originalName: fileName });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/initiatives/:id/attachments/:attachmentId/content',
    { config: { access: { permission: 'initiatives.read' } }, schema: { tags, params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }) } },
    async (req, reply) => {
      const { file, stream } = await openInitiativeAttachment(app.db, req.ctx, app.fileStorage, {
        initiativeId: req.params.id,
        attachmentId: req.params.attachmentId,
      });
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
};
