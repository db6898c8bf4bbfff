import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { savedFilterInput, savedFilterPage, savedFilterQuery, savedFilterView } from '../../../shared/cooperations/cooperation.schemas';
import type { Access } from '../../http/fastify-types';
import { deleteSavedFilter, listSavedFilters, saveFilter } from './saved-filter.service';

// Saved filters serve the overview, so whoever may read it may keep their own.
const own: { access: Access } = { access: { permission: 'cooperations.read' } };
const tags = ['saved filters'];

/** Personal saved filters of the overview (OVR-1). */
export const savedFilterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/saved-filters', { config: own, schema: { tags, querystring: savedFilterQuery, response: { 200: savedFilterPage } } }, async (req) =>
    listSavedFilters(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/saved-filters',
    { config: own, schema: { tags, body: savedFilterInput, response: { 201: savedFilterView } } },
    async (req, reply) => reply.code(201).send(await saveFilter(app.db, req.ctx, req.body)),
  );
  app.delete(
    '/api/saved-filters/:id',
    { config: own, schema: { tags, params: z.strictObject({ id: z.uuid() }) } },
    async (req, reply) => {
      await deleteSavedFilter(app.db, req.ctx, req.params.id);
      return reply.code(204).send();
    },
  );
};
