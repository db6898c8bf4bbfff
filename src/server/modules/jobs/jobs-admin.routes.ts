import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobOverview, jobOverviewQuery } from '../../../shared/jobs/jobs.schemas';
import { jobOverview as loadJobOverview } from './jobs-admin.service';

/** The background jobs for administrators: what is declared and which runs failed. */
export const jobsAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/jobs',
    { config: { access: { permission: 'jobs.read' } }, schema: { tags: ['jobs'], querystring: jobOverviewQuery, response: { 200: jobOverview } } },
    async (req) => loadJobOverview(app.db, req.ctx, app.jobs, req.query),
  );
};
