import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  partnerHomeQuery,
  partnerHomeView,
  partnerReportList,
  partnerReportQuery,
  partnerReportView,
  reportPeriod,
  returnPartnerReportInput,
  savePartnerReportInput,
  versionOnlyInput,
} from '../../../shared/partner/partner-report.schemas';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import {
  approvePartnerReport,
  getPartnerHome,
  getPartnerReport,
  getPartnerReportForPeriod,
  listPartnerReports,
  openFinancialReport,
  returnPartnerReport,
  savePartnerReport,
  submitPartnerReport,
  uploadFinancialReport,
} from './partner-report.service';

const read: { access: Access } = { access: { permission: 'partner-reports.read' } };
const submit: { access: Access } = { access: { permission: 'partner-reports.submit' } };
const review: { access: Access } = { access: { permission: 'partner-reports.review' } };
const idParams = z.strictObject({ id: z.uuid() });
const periodParams = z.strictObject({ id: z.uuid(), period: reportPeriod });
const tags = ['partner-reports'];

/**
 * Partner reporting (issue 11, IOP-9): a partner writes and submits reports on its own
 * organisation's cooperations, with the financial report for the year; staff approve or return them.
 */
export const partnerReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/partner/home', { config: submit, schema: { tags, querystring: partnerHomeQuery, response: { 200: partnerHomeView } } }, async (req) =>
    getPartnerHome(app.db, req.ctx, req.query.year),
  );
  app.get(
    '/api/partner/cooperations/:id/reports/:period',
    { config: submit, schema: { tags, params: periodParams, response: { 200: z.object({ report: partnerReportView.nullable() }) } } },
    async (req) => ({ report: await getPartnerReportForPeriod(app.db, req.ctx, req.params.id, req.params.period) }),
  );
  app.put(
    '/api/partner/cooperations/:id/reports/:period',
    { config: submit, schema: { tags, params: periodParams, body: savePartnerReportInput, response: { 200: partnerReportView } } },
    async (req) => savePartnerReport(app.db, req.ctx, { cooperationId: req.params.id, period: req.params.period }, req.body),
  );
  app.post(
    '/api/partner/cooperations/:id/reports/:period/financial-report',
    { config: submit, schema: { tags, params: periodParams, consumes: ['multipart/form-data'], response: { 200: partnerReportView } } },
    async (req) => {
      const { bytes, fileName } = await readSingleUpload(req);
      return uploadFinancialReport(app.db, req.ctx, app.fileStorage, { cooperationId: req.params.id, period: req.params.period }, { bytes, originalName: fileName });
    },
  );
  app.post(
    '/api/partner-reports/:id/submit',
    { config: submit, schema: { tags, params: idParams, body: versionOnlyInput, response: { 200: partnerReportView } } },
    async (req) => submitPartnerReport(app.db, req.ctx, req.params.id, req.body.version),
  );
  app.get('/api/partner-reports', { config: read, schema: { tags, querystring: partnerReportQuery, response: { 200: partnerReportList } } }, async (req) =>
    listPartnerReports(app.db, req.ctx, req.query),
  );
  app.get('/api/partner-reports/:id', { config: read, schema: { tags, params: idParams, response: { 200: partnerReportView } } }, async (req) =>
    getPartnerReport(app.db, req.ctx, req.params.id),
  );
  app.get('/api/partner-reports/:id/financial-report', { config: read, schema: { tags, params: idParams } }, async (req, reply) => {
    const { file, stream } = await openFinancialReport(app.db, req.ctx, app.fileStorage, req.params.id);
    return setDownloadHeaders(reply, file).send(stream);
  });
  app.post(
    '/api/partner-reports/:id/approve',
    { config: review, schema: { tags, params: idParams, body: versionOnlyInput, response: { 200: partnerReportView } } },
    async (req) => approvePartnerReport(app.db, req.ctx, req.params.id, req.body.version),
  );
  app.post(
    '/api/partner-reports/:id/return',
    { config: review, schema: { tags, params: idParams, body: returnPartnerReportInput, response: { 200: partnerReportView } } },
    async (req) => returnPartnerReport(app.db, req.ctx, req.params.id, req.body, { publicUrl: app.publicUrl }),
  );
};
