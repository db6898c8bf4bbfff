import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meetingAttachmentList, meetingAttachmentQuery, meetingAttachmentView } from '../../../shared/governance/cycle.schemas';
import { DomainError } from '../../http/errors';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { MAX_FILE_BYTES } from '../files/file-limits';
import { readUploadWithLimit } from '../files/upload-stream';
import { addMeetingAttachment, listMeetingAttachments, openMeetingAttachment } from './meeting-attachment.service';

const read: { access: Access } = { access: { permission: 'governance.read' } };
const write: { access: Access } = { access: { permission: 'governance.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];
const noFile = () => new DomainError('validation_failed', { errors: [{ path: 'file', message: 'validation.file' }] });

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
      if (!req.isMultipart()) throw noFile();
      const part = await req.file();
      if (!part) throw noFile();
      const bytes = await readUploadWithLimit(part.file, MAX_FILE_BYTES);
      const view = await addMeetingAttachment(app.db, req.ctx, app.fileStorage, {
        meetingId: req.params.id,
        title: req.query.title,
        bytes,
        originalName: part.filename,
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
