import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { removeEntryInput } from '../../../shared/followup/economy.schemas';
import { createValueEntryInput, setAdvertisingInput, updateValueEntryInput, welfareValueView } from '../../../shared/followup/welfare-value.schemas';
import type { Access } from '../../http/fastify-types';
import { correctValueEntry, getWelfareValue, recordValueEntry, removeValueEntry, setAdvertising } from './welfare-value.service';

// FRM-7: staff follow the accumulated value; officers, managers, economists and admins record it.
const read: { access: Access } = { access: { permission: 'welfare-value.read' } };
const write: { access: Access } = { access: { permission: 'welfare-value.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const entryParams = z.strictObject({ id: z.uuid(), entryId: z.uuid() });
const tags = ['welfare-value'];
const response = { 200: welfareValueView };

/** The accumulated value of a welfare-service procurement against the dated thresholds (FRM-7). */
export const welfareValueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/cooperations/:id/welfare-value', { config: read, schema: { tags, params: idParams, response } }, async (req) =>
    getWelfareValue(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/cooperations/:id/welfare-value/entries',
    { config: write, schema: { tags, params: idParams, body: createValueEntryInput, response: { 201: welfareValueView } } },
    async (req, reply) => reply.code(201).send(await recordValueEntry(app.db, req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/cooperations/:id/welfare-value/entries/:entryId',
    { config: write, schema: { tags, params: entryParams, body: updateValueEntryInput, response } },
    async (req) => correctValueEntry(app.db, req.ctx, req.params.id, req.params.entryId, req.body),
  );
  app.post(
    '/api/cooperations/:id/welfare-value/entries/:entryId/remove',
    { config: write, schema: { tags, params: entryParams, body: removeEntryInput, response } },
    async (req) => removeValueEntry(app.db, req.ctx, req.params.id, req.params.entryId, req.body),
  );
  app.put(
    '/api/cooperations/:id/welfare-value/advertising',
    { config: write, schema: { tags, params: idParams, body: setAdvertisingInput, response } },
    async (req) => setAdvertising(app.db, req.ctx, req.params.id, req.body),
  );
};
