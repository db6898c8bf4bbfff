import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicationInput, publicationView } from '../../../shared/public/public-iop.schemas';
import type { Access } from '../../http/fastify-types';
import { getPublication, setPublication } from './public-iop.service';

const read: { access: Access } = { access: { permission: 'cooperations.read' } };
const write: { access: Access } = { access: { permission: 'cooperations.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['cooperations'];

/** Staff decide whether an IOP is shown on the public IOP page, and with what purpose (IOP-10). */
export const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cooperations/:id/publication',
    { config: read, schema: { tags, params: idParams, response: { 200: publicationView } } },
    async (req) => getPublication(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/cooperations/:id/publication',
    { config: write, schema: { tags, params: idParams, body: publicationInput, response: { 200: publicationView } } },
    async (req) => setPublication(app.db, req.ctx, req.params.id, req.body),
  );
};
