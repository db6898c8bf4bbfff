import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPage } from '../../../shared/audit/audit.schemas';
import { pageQuery } from '../../../shared/http/pagination.schemas';
import {
  createOrganisationInput,
  organisationPage,
  organisationQuery,
  organisationView,
  updateOrganisationInput,
} from '../../../shared/organisations/organisation.schemas';
import { versionInput } from '../../../shared/users/user.schemas';
import type { Access } from '../../http/fastify-types';
import {
  archiveOrganisation,
  createOrganisation,
  getOrganisation,
  getOrganisationHistory,
  listOrganisations,
  restoreOrganisation,
  updateOrganisation,
} from './organisation.service';

const read: { access: Access } = { access: { permission: 'organisations.read' } };
const write: { access: Access } = { access: { permission: 'organisations.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['organisations'];

/** The organisation register (ORG-1–3). */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/organisations', { config: read, schema: { tags, querystring: organisationQuery, response: { 200: organisationPage } } }, async (req) =>
    listOrganisations(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/organisations',
    { config: write, schema: { tags, body: createOrganisationInput, response: { 201: organisationView } } },
    async (req, reply) => reply.code(201).send(await createOrganisation(app.db, req.ctx, req.body)),
  );
  app.get('/api/organisations/:id', { config: read, schema: { tags, params: idParams, response: { 200: organisationView } } }, async (req) =>
    getOrganisation(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/organisations/:id',
    { config: write, schema: { tags, params: idParams, body: updateOrganisationInput, response: { 200: organisationView } } },
    async (req) => updateOrganisation(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/organisations/:id/archive',
    { config: write, schema: { tags, params: idParams, body: versionInput, response: { 200: organisationView } } },
    async (req) => archiveOrganisation(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/organisations/:id/restore',
    { config: write, schema: { tags, params: idParams, body: versionInput, response: { 200: organisationView } } },
    async (req) => restoreOrganisation(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/organisations/:id/history',
    { config: read, schema: { tags, params: idParams, querystring: pageQuery, response: { 200: auditPage } } },
    async (req) => getOrganisationHistory(app.db, req.ctx, req.params.id, req.query),
  );
};
