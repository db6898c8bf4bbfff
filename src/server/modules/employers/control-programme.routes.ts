import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { controlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import { listControlProgrammes } from './control-programme.service';

/** The employer controls of the procurement programmes in force over time (EMP-2): dated reference data. */
export const controlProgrammeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reference/employer-controls',
    { config: { access: { permission: 'reference.read' } }, schema: { tags: ['reference'], response: { 200: z.array(controlProgrammeView) } } },
    async (req) => listControlProgrammes(app.db, req.ctx),
  );
};
