import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  publicInitiativeInput,
  publicInitiativeReceipt,
  publicReferenceDataView,
} from '../../../shared/initiatives/initiative.schemas';
import { admitPublicSubmission, getPublicReferenceData, submitPublicInitiative } from './public-initiative.service';

const tags = ['public'];

/** The public proposal form for outside organisations, without login (IOP-10). */
export const publicInitiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/public/initiatives',
    {
      config: { access: 'public' },
      // Counted before validation: malformed floods use up the allowance as well-formed ones do.
      preValidation: async (req) => admitPublicSubmission(app.db, req.ctx),
      schema: { tags, body: publicInitiativeInput, response: { 201: publicInitiativeReceipt } },
    },
    async (req, reply) => reply.code(201).send(await submitPublicInitiative(app.db, req.ctx, req.body, { publicUrl: app.publicUrl })),
  );
  app.get(
    '/api/public/reference-data',
    { config: { access: 'public' }, schema: { tags, response: { 200: publicReferenceDataView } } },
    async () => getPublicReferenceData(app.db),
  );
};
