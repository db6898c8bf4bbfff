import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../shared/http/pagination.schemas';
import {
  createThresholdInput,
  thresholdQuery,
  thresholdView,
  updateThresholdInput,
} from '../../../shared/cooperations/threshold.schemas';
import { createThreshold, listThresholds, updateThreshold } from './threshold.service';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['thresholds'];

/** Dated thresholds and rates: read by staff, added and corrected by administrators (FRM-5, FRM-7). */
export const thresholdRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/thresholds',
    { config: { access: { permission: 'reference.read' } }, schema: { tags, querystring: thresholdQuery, response: { 200: pageOf(thresholdView) } } },
    async (req) => listThresholds(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/thresholds',
    { config: { access: { permission: 'thresholds.manage' } }, schema: { tags, body: createThresholdInput, response: { 201: thresholdView } } },
    async (req, reply) => reply.code(201).send(await createThreshold(app.db, req.ctx, req.body)),
  );
  app.patch(
    '/api/thresholds/:id',
    {
      config: { access: { permission: 'thresholds.manage' } },
      schema: { tags, params: idParams, body: updateThresholdInput, response: { 200: thresholdView } },
    },
    async (req) => updateThreshold(app.db, req.ctx, req.params.id, req.body),
  );
};
