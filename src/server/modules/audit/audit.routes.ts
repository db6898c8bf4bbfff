import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditHead, auditPage, auditQuery } from '../../../shared/audit/audit.schemas';
import { getAuditHead, listAuditEntries } from './audit.service';
import { registerAuditHeadJob } from './audit-head.job';
import { registerAuditVerificationJob } from './audit-verification.job';

/** The audit log and its chain head, for administrators; `headFile` is where the head is published. */
export const auditRoutes: FastifyPluginAsyncZod<{ headFile: string }> = async (app, options) => {
  registerAuditVerificationJob(app);
  registerAuditHeadJob(app, options.headFile);
  app.get(
    '/api/audit-log',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage } },
    },
    async (req) => listAuditEntries(app.db, req.ctx, req.query),
  );
  // For a monitor or an administrator to archive the head outside the database (decision 022).
  app.get(
    '/api/audit/head',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags: ['audit'], response: { 200: auditHead } },
    },
    async (req) => getAuditHead(app.db, req.ctx),
  );
};
