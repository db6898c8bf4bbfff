import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { committeeReportQuery, committeeReportView } from '../../../shared/reports/committee-report.schemas';
import type { Access } from '../../http/fastify-types';
import { sendGeneratedFile } from '../files/download-headers';
import { committeeReportExportQuery, exportCommitteeReport } from './committee-report-export.service';
import { buildCommitteeReport } from './committee-report.service';

const read: { access: Access } = { access: { permission: 'reports.read' } };
const tags = ['reports'];

/** The committee's yearly report (OVR-2): on screen as JSON; the downloads render the same model. */
export const committeeReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reports/committee',
    { config: read, schema: { tags, querystring: committeeReportQuery, response: { 200: committeeReportView } } },
    async (req, reply) => {
      reply.header('cache-control', 'private, no-store');
      return buildCommitteeReport(app.db, req.ctx, req.query, req.language, app.timeZone);
    },
  );
  app.get('/api/reports/committee/export', { config: read, schema: { tags, querystring: committeeReportExportQuery } }, async (req, reply) => {
    const { lang, ...query } = req.query;
    const file = await exportCommitteeReport(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
    return sendGeneratedFile(reply, file);
  });
};
