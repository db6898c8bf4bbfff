import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commitImportInput, importPreviewView, importResultView, updateImportInput } from '../../../shared/organisations/import.schemas';
import { exportQuery } from '../../../shared/organisations/organisation.schemas';
import { contentDisposition } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { exportOrganisations } from './export.service';
import { commitImport, getImport, startImport, updateImport } from './import.service';

const importAccess = { access: { permission: 'organisations.import' as const } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['organisation import and export'];

/** Import of organisations from CSV/XLSX (preview, mapping, confirm) and export of the register. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisations/export',
    { config: { access: { permission: 'organisations.read' } }, schema: { tags, querystring: exportQuery } },
    async (req, reply) => {
      const { lang, ...query } = req.query;
      const file = await exportOrganisations(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.post(
    '/api/organisation-imports',
    { config: importAccess, schema: { tags, consumes: ['multipart/form-data'], response: { 201: importPreviewView } } },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      return reply.code(201).send(await startImport(app.db, req.ctx, { bytes, fileName }, req.language));
    },
  );

  app.get('/api/organisation-imports/:id', { config: importAccess, schema: { tags, params: idParams, response: { 200: importPreviewView } } }, async (req) =>
    getImport(app.db, req.ctx, req.params.id, req.language),
  );

  app.patch(
    '/api/organisation-imports/:id',
    { config: importAccess, schema: { tags, params: idParams, body: updateImportInput, response: { 200: importPreviewView } } },
    async (req) => updateImport(app.db, req.ctx, req.params.id, req.body, req.language),
  );

  app.post(
    '/api/organisation-imports/:id/commit',
    { config: importAccess, schema: { tags, params: idParams, body: commitImportInput, response: { 200: importResultView } } },
    async (req) => commitImport(app.db, req.ctx, req.params.id, req.body),
  );
};
