import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formGuidanceInput, formGuidanceView } from '../../../shared/cooperations/form-guidance.schemas';
import { adviseOnForms } from './form-guidance.service';

/** Form guidance: from the facts of a planned cooperation to the forms that fit (FRM-1–8). */
export const formGuidanceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/form-guidance',
    {
      config: { access: { permission: 'form-guidance.use' } },
      schema: { tags: ['form-guidance'], body: formGuidanceInput, response: { 200: formGuidanceView } },
    },
    async (req) => adviseOnForms(app.db, req.ctx, req.body),
  );
};
