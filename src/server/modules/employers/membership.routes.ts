import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cooperationView } from '../../../shared/cooperations/cooperation.schemas';
import {
  applicationList,
  applicationQuery,
  applicationView,
  checkApplicationInput,
  createApplicationInput,
  decideApplicationInput,
  employerProfileInput,
  employerView,
  endMembershipInput,
  linkApplicationInput,
  memberExportQuery,
  memberList,
  memberQuery,
  publicApplicationInput,
  publicApplicationReceipt,
  withdrawApplicationInput,
} from '../../../shared/employers/membership.schemas';
import { sendGeneratedFile } from '../files/download-headers';
import { exportMembers, getEmployer, listMembers, saveEmployerProfile } from './employer.service';
import {
  admitPublicApplication,
  checkApplicationNow,
  getApplication,
  linkApplication,
  listApplications,
  registerApplication,
  submitPublicApplication,
  withdrawApplication,
} from './membership-application.service';
import { decideApplication, endMembership } from './membership-decision.service';

const tags = ['employers'];
const read = { access: { permission: 'employers.read' } } as const;
const write = { access: { permission: 'employers.write' } } as const;
const decide = { access: { permission: 'employers.decide' } } as const;
const idParams = z.strictObject({ id: z.uuid() });
const organisationParams = z.strictObject({ organisationId: z.uuid() });

/** Integrationspakten membership (EMP-1): applications, the simpler check, decisions, members and employer profiles. */
export const membershipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/public/integration-pact/applications',
    {
      config: { access: 'public' },
      // Counted before validation, as the public proposal form: malformed floods use up the allowance too.
      preValidation: async (req) => admitPublicApplication(app.db, req.ctx),
      schema: { tags: ['public'], body: publicApplicationInput, response: { 201: publicApplicationReceipt } },
    },
    async (req, reply) => reply.code(201).send(await submitPublicApplication(app.db, req.ctx, req.body)),
  );
  app.get('/api/employers/applications', { config: read, schema: { tags, querystring: applicationQuery, response: { 200: applicationList } } }, async (req) =>
    listApplications(app.db, req.ctx, req.query),
  );
  app.post('/api/employers/applications', { config: write, schema: { tags, body: createApplicationInput, response: { 201: applicationView } } }, async (req, reply) =>
    reply.code(201).send(await registerApplication(app.db, req.ctx, req.body)),
  );
  app.get('/api/employers/applications/:id', { config: read, schema: { tags, params: idParams, response: { 200: applicationView } } }, async (req) =>
    getApplication(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/employers/applications/:id/organisation',
    { config: write, schema: { tags, params: idParams, body: linkApplicationInput, response: { 200: applicationView } } },
    async (req) => linkApplication(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/employers/applications/:id/check',
    { config: write, schema: { tags, params: idParams, body: checkApplicationInput, response: { 200: applicationView } } },
    async (req) => checkApplicationNow(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/employers/applications/:id/decision',
    { config: decide, schema: { tags, params: idParams, body: decideApplicationInput, response: { 200: applicationView } } },
    async (req) => decideApplication(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/employers/applications/:id/withdrawal',
    { config: write, schema: { tags, params: idParams, body: withdrawApplicationInput, response: { 200: applicationView } } },
    async (req) => withdrawApplication(app.db, req.ctx, req.params.id, req.body),
  );
  app.get('/api/employers/members', { config: read, schema: { tags, querystring: memberQuery, response: { 200: memberList } } }, async (req) =>
    listMembers(app.db, req.ctx, req.query),
  );
  app.get('/api/employers/members/export', { config: read, schema: { tags, querystring: memberExportQuery } }, async (req, reply) => {
    const { lang, ...query } = req.query;
    const file = await exportMembers(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
    return sendGeneratedFile(reply, { mediaType: file.mediaType, fileName: file.fileName, body: file.bytes });
  });
  app.post(
    '/api/employers/memberships/:id/end',
    { config: decide, schema: { tags, params: idParams, body: endMembershipInput, response: { 200: cooperationView } } },
    async (req) => endMembership(app.db, req.ctx, req.params.id, req.body),
  );
  app.get('/api/employers/:organisationId', { config: read, schema: { tags, params: organisationParams, response: { 200: employerView } } }, async (req) =>
    getEmployer(app.db, req.ctx, req.params.organisationId),
  );
  app.put(
    '/api/employers/:organisationId/profile',
    { config: write, schema: { tags, params: organisationParams, body: employerProfileInput, response: { 200: employerView } } },
    async (req) => saveEmployerProfile(app.db, req.ctx, req.params.organisationId, req.body),
  );
};
