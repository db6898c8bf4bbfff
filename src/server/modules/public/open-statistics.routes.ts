import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openStatisticsQuery, openStatisticsView } from '../../../shared/statistics/open-statistics.schemas';
import { contentDisposition } from '../files/download-headers';
import { matchesIfNoneMatch, openStatisticsCsv, openStatisticsStore } from './open-statistics.service';

const tags = ['public'];
// The figures of a year change slowly; five minutes' staleness is fine and lets proxies and
// browsers spare the database, as on the public IOP page.
const PUBLIC_CACHE = 'public, max-age=300';

/**
 * The open statistics (OVR-2, AGR-6, issue 13 point 5): the committee report's public tables for
 * the whole municipality as JSON and CSV, without login, with small counts of persons withheld.
 */
export const openStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const documentFor = openStatisticsStore(app.db, app.timeZone);

  /** Sets the caching headers and answers 304 when the client already holds this version. */
  function notModified(req: FastifyRequest, reply: FastifyReply, etag: string): boolean {
    // Replaces the security hook's `no-store`, which is right for every other API answer.
    reply.header('cache-control', PUBLIC_CACHE).header('etag', etag);
    if (!matchesIfNoneMatch(req.headers['if-none-match'], etag)) return false;
    void reply.code(304).send();
    return true;
  }

  app.get(
    '/api/public/statistics',
    { config: { access: 'public' }, schema: { tags, querystring: openStatisticsQuery, response: { 200: openStatisticsView } } },
    async (req, reply) => {
      const { view, etag } = await documentFor(req.query);
      if (notModified(req, reply, etag)) return reply;
      return view;
    },
  );

  app.get('/api/public/statistics.csv', { config: { access: 'public' }, schema: { tags, querystring: openStatisticsQuery } }, async (req, reply) => {
    const { view } = await documentFor(req.query);
    const { body, etag } = openStatisticsCsv(view);
    if (notModified(req, reply, etag)) return reply;
    const name = view.language === 'en' ? `open-statistics-${view.year}.csv` : `oppen-statistik-${view.year}.csv`;
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', contentDisposition(name)).send(body);
  });
};
