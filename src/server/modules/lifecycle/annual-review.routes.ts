import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agreementAnnualReviewsView, createAnnualReviewInput, dueReviewPage, dueReviewQuery } from '../../../shared/lifecycle/lifecycle.schemas';
import type { Access } from '../../http/fastify-types';
import { listAnnualReviews, listDueReviews, recordAnnualReview } from './annual-review.service';

const read: { access: Access } = { access: { permission: 'annual-reviews.read' } };
const write: { access: Access } = { access: { permission: 'annual-reviews.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['lifecycle'];

/** The yearly review of agreements by the responsible manager with the review group consulted (IOP-8, AGR-7). */
export const annualReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/agreements/:id/annual-reviews',
    { config: read, schema: { tags, params: idParams, response: { 200: agreementAnnualReviewsView } } },
    async (req) => listAnnualReviews(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/agreements/:id/annual-reviews',
    { config: write, schema: { tags, params: idParams, body: createAnnualReviewInput, response: { 201: agreementAnnualReviewsView } } },
    async (req, reply) => reply.code(201).send(await recordAnnualReview(app.db, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/annual-reviews/due',
    { config: read, schema: { tags, querystring: dueReviewQuery, response: { 200: dueReviewPage } } },
    async (req) => listDueReviews(app.db, req.ctx, req.query),
  );
};
