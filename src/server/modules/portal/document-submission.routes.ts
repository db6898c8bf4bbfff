import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptSubmissionInput,
  documentSubmissionList,
  documentSubmissionView,
  returnSubmissionInput,
  submissionListQuery,
} from '../../../shared/portal/document-submission.schemas';
import { setDownloadHeaders } from '../files/download-headers';
import { acceptSubmission, listOrganisationSubmissions, openSubmissionFile, returnSubmission } from './document-submission.service';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['organisation documents'];

/** Staff handle the partner-control documents partners submitted from the portal (ORG-4, issue 15). */
export const documentSubmissionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisations/:id/document-submissions',
    { config: { access: { permission: 'organisations.read' } }, schema: { tags, params: idParams, querystring: submissionListQuery, response: { 200: documentSubmissionList } } },
    async (req) => listOrganisationSubmissions(app.db, req.ctx, req.params.id, req.query),
  );
  app.get('/api/document-submissions/:id/content', { config: { access: { permission: 'organisations.read' } }, schema: { tags, params: idParams } }, async (req, reply) => {
    const { file, stream } = await openSubmissionFile(app.db, req.ctx, app.fileStorage, req.params.id);
    return setDownloadHeaders(reply, file).send(stream);
  });
  app.post(
    '/api/document-submissions/:id/accept',
    { config: { access: { permission: 'organisations.write' } }, schema: { tags, params: idParams, body: acceptSubmissionInput, response: { 200: documentSubmissionView } } },
    async (req) => acceptSubmission(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/document-submissions/:id/return',
    { config: { access: { permission: 'organisations.write' } }, schema: { tags, params: idParams, body: returnSubmissionInput, response: { 200: documentSubmissionView } } },
    async (req) => returnSubmission(app.db, req.ctx, req.params.id, req.body),
  );
};
