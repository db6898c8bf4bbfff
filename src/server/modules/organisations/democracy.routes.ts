import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessmentView,
  democracyOverviewView,
  remediationInput,
  remediationView,
  signAssessmentInput,
} from '../../../shared/organisations/democracy.schemas';
import { democracyDraftRoutes } from './democracy-draft.routes';
import { getDemocracyOverview, recordRemediation, signDemocracyAssessment } from './democracy.service';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['democracy'];

/** Democracy assessments, their preparation, and remediation measures of an organisation (DEM-1–4). */
export const democracyRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(democracyDraftRoutes);
  app.get(
    '/api/organisations/:id/democracy',
    { config: { access: { permission: 'organisations.read' } }, schema: { tags, params: idParams, response: { 200: democracyOverviewView } } },
    async (req) => getDemocracyOverview(app.db, req.ctx, req.params.id),
  );
  // A manager's assessment prepared and signed in one step; the web prepares through drafts.
  app.post(
    '/api/organisations/:id/democracy-assessments',
    {
      config: { access: { permission: 'democracy.sign' } },
      schema: { tags, params: idParams, body: signAssessmentInput, response: { 201: assessmentView } },
    },
    async (req, reply) => reply.code(201).send(await signDemocracyAssessment(app.db, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/organisations/:id/remediation-measures',
    {
      config: { access: { permission: 'democracy.remediate' } },
      schema: { tags, params: idParams, body: remediationInput, response: { 201: remediationView } },
    },
    async (req, reply) => reply.code(201).send(await recordRemediation(app.db, req.ctx, req.params.id, req.body)),
  );
};
