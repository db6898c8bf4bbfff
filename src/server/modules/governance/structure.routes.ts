import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { governanceStructureView, replaceRepresentationInput, representationView, structureQuery } from '../../../shared/governance/structure.schemas';
import type { Access } from '../../http/fastify-types';
import { getGovernanceStructure, getRepresentation, replaceBodyRepresentation } from './representation.service';

const read: { access: Access } = { access: { permission: 'governance.read' } };
const write: { access: Access } = { access: { permission: 'governance.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];

/** Representation of governance bodies and the organisation diagram built from their reports-to links (AGR-3). */
export const structureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/governance-bodies/:id/representation',
    { config: read, schema: { tags, params: idParams, response: { 200: representationView } } },
    async (req) => getRepresentation(app.db, req.ctx, req.params.id),
  );
  app.put(
    '/api/governance-bodies/:id/representation',
    { config: write, schema: { tags, params: idParams, body: replaceRepresentationInput, response: { 200: representationView } } },
    async (req) => replaceBodyRepresentation(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/governance-structure',
    { config: read, schema: { tags, querystring: structureQuery, response: { 200: governanceStructureView } } },
    async (req) => getGovernanceStructure(app.db, req.ctx, req.query),
  );
};
