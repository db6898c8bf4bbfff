import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicIopPageView, publicPublisherView } from '../../../shared/public/public-iop.schemas';
import { contentDisposition } from '../files/download-headers';
import { getPublicIops, getPublicIopsCsv, getPublicPublisher } from './public-iop.service';

const tags = ['public'];
// The page changes only when staff publish or withdraw an IOP; five minutes' staleness is fine
// and lets proxies and browsers spare the database.
const PUBLIC_CACHE = 'public, max-age=300';

/** The public IOP page's data and its open-data CSV, and who publishes the public pages, without login (IOP-10, OVR-3). */
export const publicIopRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/public/iop', { config: { access: 'public' }, schema: { tags, response: { 200: publicIopPageView } } }, async (_req, reply) => {
    // Replaces the security hook's `no-store`, which is right for every other API answer.
    reply.header('cache-control', PUBLIC_CACHE);
    return getPublicIops(app.db);
  });
  app.get('/api/public/iop.csv', { config: { access: 'public' }, schema: { tags } }, async (_req, reply) =>
    reply
      .header('cache-control', PUBLIC_CACHE)
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', contentDisposition('iop-oppna-data.csv'))
      .send(await getPublicIopsCsv(app.db)),
  );
  app.get(
    '/api/public/publisher',
    { config: { access: 'public' }, schema: { tags, response: { 200: publicPublisherView } } },
    async (_req, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return getPublicPublisher(app.db);
    },
  );
};
