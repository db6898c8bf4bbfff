import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPage } from '../../../shared/audit/audit.schemas';
import { registryNumberInput } from '../../../shared/cooperations/registry-number.schemas';
import { pageQuery } from '../../../shared/http/pagination.schemas';
import {
  createInitiativeInput,
  initiativeDetailView,
  initiativePage,
  initiativeQuery,
  updateInitiativeInput,
} from '../../../shared/initiatives/initiative.schemas';
import { versionInput } from '../../../shared/users/user.schemas';
import type { Access } from '../../http/fastify-types';
import {
  createInitiative,
  getInitiative,
  getInitiativeHistory,
  listInitiatives,
  setInitiativeRegistryNumber,
  updateInitiative,
  withdrawInitiative,
} from './initiative.service';

const read: { access: Access } = { access: { permission: 'initiatives.read' } };
const write: { access: Access } = { access: { permission: 'initiatives.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['initiatives'];

/** Initiatives registered by staff and received through the public form (INI-1). */
export const initiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/initiatives', { config: read, schema: { tags, querystring: initiativeQuery, response: { 200: initiativePage } } }, async (req) =>
    listInitiatives(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/initiatives',
    { config: write, schema: { tags, body: createInitiativeInput, response: { 201: initiativeDetailView } } },
    async (req, reply) => reply.code(201).send(await createInitiative(app.db, req.ctx, req.body)),
  );
  app.get('/api/initiatives/:id', { config: read, schema: { tags, params: idParams, response: { 200: initiativeDetailView } } }, async (req) =>
    getInitiative(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/initiatives/:id',
    { config: write, schema: { tags, params: idParams, body: updateInitiativeInput, response: { 200: initiativeDetailView } } },
    async (req) => updateInitiative(app.db, req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/initiatives/:id/registry-number',
    { config: write, schema: { tags, params: idParams, body: registryNumberInput, response: { 200: initiativeDetailView } } },
    async (req) => setInitiativeRegistryNumber(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/initiatives/:id/withdraw',
    { config: write, schema: { tags, params: idParams, body: versionInput, response: { 200: initiativeDetailView } } },
    async (req) => withdrawInitiative(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/initiatives/:id/history',
    { config: read, schema: { tags, params: idParams, querystring: pageQuery, response: { 200: auditPage } } },
    async (req) => getInitiativeHistory(app.db, req.ctx, req.params.id, req.query),
  );
};
