import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentSubmissionView, submitAbsenceInput, submitDocumentQuery } from '../../../shared/portal/document-submission.schemas';
import { portalBodyList, portalBodyView, portalCooperationList, portalCooperationView, portalMeetingView, portalOrganisationView, portalOverviewView } from '../../../shared/portal/portal.schemas';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { openOwnSubmissionFile, submitPartnerAbsence, submitPartnerDocument } from './document-submission.service';
import { getPortalBody, getPortalMeeting, listPortalBodies, openPortalMeetingAttachment } from './portal-governance.service';
import {
  getPortalCooperation,
  getPortalOrganisation,
  getPortalOverview,
  listPortalCooperations,
  openPortalAnnexFile,
  openPortalDocument,
  openPortalSignedDocument,
} from './portal.service';

const read: { access: Access } = { access: { permission: 'portal.read' } };
const submit: { access: Access } = { access: { permission: 'portal.submit' } };
const idParams = z.strictObject({ id: z.uuid() });
const versionParams = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1).max(100_000) });
const tags = ['partner portal'];

/**
 * The partner portal (issue 15): read routes scoped to the organisation of the caller's partner
 * account — never to one named in the request — and the partner's ORG-4 submissions. An id of
 * something that is not the organisation's answers 404 like an unknown one.
 */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/portal/overview', { config: read, schema: { tags, response: { 200: portalOverviewView } } }, async (req) => getPortalOverview(app.db, req.ctx));
  app.get('/api/portal/organisation', { config: read, schema: { tags, response: { 200: portalOrganisationView } } }, async (req) =>
    getPortalOrganisation(app.db, req.ctx),
  );
  app.get('/api/portal/documents/:id/content', { config: read, schema: { tags, params: idParams } }, async (req, reply) => {
    const { file, stream } = await openPortalDocument(app.db, req.ctx, app.fileStorage, req.params.id);
    return setDownloadHeaders(reply, file).send(stream);
  });
  app.post(
    '/api/portal/document-submissions',
    { config: submit, schema: { tags, querystring: submitDocumentQuery, consumes: ['multipart/form-data'], response: { 201: documentSubmissionView } } },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      const view = await submitPartnerDocument(app.db, req.ctx, app.fileStorage, { ...req.query, bytes, originalName: fileName });
      return reply.code(201).send(view);
    },
  );
  app.post(
    '/api/portal/document-submissions/absence',
    { config: submit, schema: { tags, body: submitAbsenceInput, response: { 201: documentSubmissionView } } },
    async (req, reply) => reply.code(201).send(await submitPartnerAbsence(app.db, req.ctx, req.body)),
  );
  app.get('/api/portal/document-submissions/:id/content', { config: read, schema: { tags, params: idParams } }, async (req, reply) => {
    const { file, stream } = await openOwnSubmissionFile(app.db, req.ctx, app.fileStorage, req.params.id);
    return setDownloadHeaders(reply, file).send(stream);
  });
  app.get('/api/portal/cooperations', { config: read, schema: { tags, response: { 200: portalCooperationList } } }, async (req) =>
    listPortalCooperations(app.db, req.ctx),
  );
  app.get('/api/portal/cooperations/:id', { config: read, schema: { tags, params: idParams, response: { 200: portalCooperationView } } }, async (req) =>
    getPortalCooperation(app.db, req.ctx, req.params.id),
  );
  app.get('/api/portal/agreements/:id/versions/:number/signed-document', { config: read, schema: { tags, params: versionParams } }, async (req, reply) => {
    const { file, stream } = await openPortalSignedDocument(app.db, req.ctx, app.fileStorage, req.params.id, req.params.number);
    return setDownloadHeaders(reply, file).send(stream);
  });
  app.get('/api/portal/annexes/:id/versions/:number/file', { config: read, schema: { tags, params: versionParams } }, async (req, reply) => {
    const { file, stream } = await openPortalAnnexFile(app.db, req.ctx, app.fileStorage, req.params.id, req.params.number);
    return setDownloadHeaders(reply, file).send(stream);
  });
  app.get('/api/portal/bodies', { config: read, schema: { tags, response: { 200: portalBodyList } } }, async (req) => listPortalBodies(app.db, req.ctx));
  app.get('/api/portal/bodies/:id', { config: read, schema: { tags, params: idParams, response: { 200: portalBodyView } } }, async (req) =>
    getPortalBody(app.db, req.ctx, req.params.id),
  );
  app.get('/api/portal/meetings/:id', { config: read, schema: { tags, params: idParams, response: { 200: portalMeetingView } } }, async (req) =>
    getPortalMeeting(app.db, req.ctx, req.params.id),
  );
  app.get(
    '/api/portal/meetings/:id/attachments/:attachmentId/content',
    { config: read, schema: { tags, params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }) } },
    async (req, reply) => {
      const { file, stream } = await openPortalMeetingAttachment(app.db, req.ctx, app.fileStorage, { meetingId: req.params.id, attachmentId: req.params.attachmentId });
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
};
