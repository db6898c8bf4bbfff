import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type OpenStatisticsQuery, openStatisticsQuery, openStatisticsView } from '../../../shared/statistics/open-statistics.schemas';
import { todayIn } from '../../../shared/time/dates';
import { contentDisposition } from '../files/download-headers';
import { buildOpenStatistics, matchesIfNoneMatch, type OpenStatisticsDocument, openStatisticsCsv, readSmallCountThreshold } from './open-statistics.service';

const tags = ['public'];
// The figures of a year change slowly; five minutes' staleness is fine and lets proxies and
// browsers spare the database, as on the public IOP page.
const PUBLIC_CACHE = 'public, max-age=300';
const CACHE_MS = 300_000;
const CACHE_ENTRIES = 32;

/**
 * The open statistics (OVR-2, AGR-6, issue 13 point 5): the committee report's public tables for
 * the whole municipality as JSON and CSV, without login, with small counts of persons withheld.
 */
export const openStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Building the report is the expensive part and anyone may ask, so one build per year, language
  // and threshold serves everyone for the cache's lifetime (and concurrent askers share a build),
  // instead of a rate limit per address that would slow down the public for one busy client.
  const built = new Map<string, { at: number; document: Promise<OpenStatisticsDocument> }>();

  async function documentFor(q: OpenStatisticsQuery): Promise<OpenStatisticsDocument> {
    const language = q.lang ?? 'sv';
    const threshold = await readSmallCountThreshold(app.db);
    const today = todayIn(app.timeZone);
    const key = `${q.year}|${language}|${threshold}|${today}`;
    const now = Date.now();
    const cached = built.get(key);
    if (cached && now - cached.at < CACHE_MS) return cached.document;
    for (const [k, entry] of built) if (now - entry.at >= CACHE_MS || built.size >= CACHE_ENTRIES) built.delete(k);
    const document = buildOpenStatistics(app.db, { year: q.year, language, threshold, today, timeZone: app.timeZone });
    built.set(key, { at: now, document });
    document.catch(() => built.delete(key));
    return document;
  }

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
