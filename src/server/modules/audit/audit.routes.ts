import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPage, auditQuery } from '../../../shared/audit/audit.schemas';
import { listAuditEntries } from './audit.service';
import { registerAuditVerificationJob } from './audit-verification.job';

/** The audit log, for administrators. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  registerAuditVerificationJob(app);
  app.get(
    '/api/audit-log',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage } },
    },
    async (req) => listAuditEntries(app.db, req.ctx, req.query),
  );
};
