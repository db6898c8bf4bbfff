import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery } from '../../../shared/http/pagination.schemas';
import {
  addAgendaItemInput,
  createReviewMeetingInput,
  recordedRecommendationView,
  recordRecommendationInput,
  reviewMeetingDetailView,
  reviewMeetingPage,
  reviewMeetingQuery,
  reviewQueuePage,
  updateReviewMeetingInput,
} from '../../../shared/initiatives/review.schemas';
import { versionInput } from '../../../shared/users/user.schemas';
import type { Access } from '../../http/fastify-types';
import { sendGeneratedFile } from '../files/download-headers';
import {
  addAgendaItem,
  createReviewMeeting,
  getReviewMeeting,
  holdReviewMeeting,
  listReviewMeetings,
  updateReviewMeeting,
} from './review-meeting.service';
import { exportReviewMinutes, listReviewQueue, recordRecommendation } from './review.service';

const read: { access: Access } = { access: { permission: 'initiatives.read' } };
const manage: { access: Access } = { access: { permission: 'review.manage' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['review group'];

/** The review group: its queue, meetings and agendas, recommendations and minutes (INI-2–INI-5). */
export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/review-queue', { config: read, schema: { tags, querystring: pageQuery, response: { 200: reviewQueuePage } } }, async (req) =>
    listReviewQueue(app.db, req.ctx, req.query),
  );
  app.get(
    '/api/review-meetings',
    { config: read, schema: { tags, querystring: reviewMeetingQuery, response: { 200: reviewMeetingPage } } },
    async (req) => listReviewMeetings(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/review-meetings',
    { config: manage, schema: { tags, body: createReviewMeetingInput, response: { 201: reviewMeetingDetailView } } },
    async (req, reply) => reply.code(201).send(await createReviewMeeting(app.db, req.ctx, req.body)),
  );
  app.get(
    '/api/review-meetings/:id',
    { config: read, schema: { tags, params: idParams, response: { 200: reviewMeetingDetailView } } },
    async (req) => getReviewMeeting(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/review-meetings/:id',
    { config: manage, schema: { tags, params: idParams, body: updateReviewMeetingInput, response: { 200: reviewMeetingDetailView } } },
    async (req) => updateReviewMeeting(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/review-meetings/:id/agenda-items',
    { config: manage, schema: { tags, params: idParams, body: addAgendaItemInput, response: { 201: reviewMeetingDetailView } } },
    async (req, reply) => reply.code(201).send(await addAgendaItem(app.db, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/review-meetings/:id/hold',
    { config: manage, schema: { tags, params: idParams, body: versionInput, response: { 200: reviewMeetingDetailView } } },
    async (req) => holdReviewMeeting(app.db, req.ctx, req.params.id, req.body),
  );
  app.get('/api/review-meetings/:id/minutes.pdf', { config: read, schema: { tags, params: idParams } }, async (req, reply) => {
    const file = await exportReviewMinutes(app.db, req.ctx, req.params.id);
    return sendGeneratedFile(reply, { mediaType: 'application/pdf', fileName: file.fileName, body: file.bytes });
  });
  app.post(
    '/api/initiatives/:id/recommendations',
    { config: manage, schema: { tags, params: idParams, body: recordRecommendationInput, response: { 201: recordedRecommendationView } } },
    async (req, reply) => reply.code(201).send(await recordRecommendation(app.db, req.ctx, req.params.id, req.body, { publicUrl: app.publicUrl })),
  );
};
