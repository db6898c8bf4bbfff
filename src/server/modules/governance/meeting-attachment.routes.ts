import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meetingAttachmentList, meetingAttachmentQuery, meetingAttachmentView } from '../../../shared/governance/cycle.schemas';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { addMeetingAttachment, listMeetingAttachments, openMeetingAttachment } from './meeting-attachment.service';

const read: { access: Access } = { access: { permission: 'governance.read' } };
const write: { access: Access } = { access: { permission: 'governance.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];

/** Files attached to governance meetings: list, upload (multipart, one file, title beside it) and download. */
export const meetingAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/meetings/:id/attachments',
    { config: read, schema: { tags, params: idParams, response: { 200: meetingAttachmentList } } },
    async (req) => listMeetingAttachments(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/meetings/:id/attachments',
    {
      config: write,
      schema: { tags, params: idParams, querystring: meetingAttachmentQuery, consumes: ['multipart/form-data'], response: { 201: meetingAttachmentView } },
    },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      const view = await addMeetingAttachment(app.db, req.ctx, app.fileStorage, {
        meetingId: req.params.id,
        title: req.query.title,
        bytes,
        originalName: fileName,
      });
      return reply.code(201).send(view);
    },
  );
  app.get(
    '/api/meetings/:id/attachments/:attachmentId/content',
    { config: read, schema: { tags, params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }) } },
    async (req, reply) => {
      const { file, stream } = await openMeetingAttachment(app.db, req.ctx, app.fileStorage, { meetingId: req.params.id, attachmentId: req.params.attachmentId });
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
};
