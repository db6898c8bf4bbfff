import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createDraftInput,
  democracyDraftView,
  draftListQuery,
  draftListView,
  draftVersionInput,
  handOverDraftInput,
  returnDraftInput,
  updateDraftInput,
} from '../../../shared/organisations/democracy-draft.schemas';
import { assessmentView } from '../../../shared/organisations/democracy.schemas';
import {
  createDemocracyDraft,
  discardDemocracyDraft,
  handOverDemocracyDraft,
  listDemocracyDrafts,
  returnDemocracyDraft,
  signDemocracyDraft,
  updateDemocracyDraft,
} from './democracy-draft.service';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['democracy'];
const prepare = { access: { permission: 'democracy.prepare' as const } };
const sign = { access: { permission: 'democracy.sign' as const } };

/** Democracy assessments in preparation: an officer prepares and hands over, a manager reviews and signs (DEM-3). */
export const democracyDraftRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/democracy-drafts',
    { config: prepare, schema: { tags, querystring: draftListQuery, response: { 200: draftListView } } },
    async (req) => listDemocracyDrafts(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/organisations/:id/democracy-drafts',
    { config: prepare, schema: { tags, params: idParams, body: createDraftInput, response: { 201: democracyDraftView } } },
    async (req, reply) => reply.code(201).send(await createDemocracyDraft(app.db, req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/democracy-drafts/:id',
    { config: prepare, schema: { tags, params: idParams, body: updateDraftInput, response: { 200: democracyDraftView } } },
    async (req) => updateDemocracyDraft(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/democracy-drafts/:id/hand-over',
    { config: prepare, schema: { tags, params: idParams, body: handOverDraftInput, response: { 200: democracyDraftView } } },
    async (req) => handOverDemocracyDraft(app.db, req.ctx, req.params.id, req.body, { publicUrl: app.publicUrl }),
  );
  app.post(
    '/api/democracy-drafts/:id/discard',
    { config: prepare, schema: { tags, params: idParams, body: draftVersionInput, response: { 200: democracyDraftView } } },
    async (req) => discardDemocracyDraft(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/democracy-drafts/:id/return',
    { config: sign, schema: { tags, params: idParams, body: returnDraftInput, response: { 200: democracyDraftView } } },
    async (req) => returnDemocracyDraft(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/democracy-drafts/:id/sign',
    { config: sign, schema: { tags, params: idParams, body: draftVersionInput, response: { 201: assessmentView } } },
    async (req, reply) => reply.code(201).send(await signDemocracyDraft(app.db, req.ctx, req.params.id, req.body)),
  );
};
