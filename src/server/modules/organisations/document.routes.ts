import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  absenceInput,
  documentsOverviewView,
  organisationDocumentView,
  partnerControlDocumentSchema,
  uploadDocumentQuery,
} from '../../../shared/organisations/document.schemas';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { addOrganisationDocument, getDocumentsOverview, openOrganisationDocument, setDocumentAbsence } from './document.service';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['organisation documents'];

/** Documents of an organisation and its partner-control checklist (ORG-4). */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisations/:id/documents',
    { config: { access: { permission: 'organisations.read' } }, schema: { tags, params: idParams, response: { 200: documentsOverviewView } } },
    async (req) => getDocumentsOverview(app.db, req.ctx, req.params.id),
  );

  app.post(
    '/api/organisations/:id/documents',
    {
      config: { access: { permission: 'organisations.write' } },
      schema: { tags, params: idParams, querystring: uploadDocumentQuery, consumes: ['multipart/form-data'], response: { 201: organisationDocumentView } },
    },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      const view = await addOrganisationDocument(app.db, req.ctx, app.fileStorage, {
        ...req.query,
        organisationId: req.params.id,
        bytes,
        originalName: fileName,
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/organisations/:id/documents/:documentId/content',
    { config: { access: { permission: 'organisations.read' } }, schema: { tags, params: z.strictObject({ id: z.uuid(), documentId: z.uuid() }) } },
    async (req, reply) => {
      const { file, stream } = await openOrganisationDocument(app.db, req.ctx, app.fileStorage, {
        organisationId: req.params.id,
        documentId: req.params.documentId,
      });
      return setDownloadHeaders(reply, file).send(stream);
    },
  );

  app.put(
    '/api/organisations/:id/partner-control/:documentType',
    {
      config: { access: { permission: 'organisations.write' } },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), documentType: partnerControlDocumentSchema }),
        body: absenceInput,
        response: { 200: documentsOverviewView },
      },
    },
    async (req) =>
      setDocumentAbsence(app.db, req.ctx, { organisationId: req.params.id, documentType: req.params.documentType }, req.body),
  );
};
