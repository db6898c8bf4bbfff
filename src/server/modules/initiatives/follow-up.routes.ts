import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dueFollowUpPage, dueFollowUpQuery, recordFollowUpInput, setAttendeesInput } from '../../../shared/initiatives/follow-up.schemas';
import { reviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import type { Access } from '../../http/fastify-types';
import { listDueFollowUps, recordFollowUp, setMeetingAttendees } from './follow-up.service';

const read: { access: Access } = { access: { permission: 'initiatives.read' } };
const manage: { access: Access } = { access: { permission: 'review.manage' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['review group'];

/** The review group's yearly follow-up of running cooperations: attendees, follow-ups, the due list (INI-7). */
export const followUpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/review-meetings/:id/attendees',
    { config: manage, schema: { tags, params: idParams, body: setAttendeesInput, response: { 200: reviewMeetingDetailView } } },
    async (req) => setMeetingAttendees(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/review-meetings/:id/follow-ups',
    { config: manage, schema: { tags, params: idParams, body: recordFollowUpInput, response: { 201: reviewMeetingDetailView } } },
    async (req, reply) => reply.code(201).send(await recordFollowUp(app.db, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/review-follow-ups/due',
    { config: read, schema: { tags, querystring: dueFollowUpQuery, response: { 200: dueFollowUpPage } } },
    async (req) => listDueFollowUps(app.db, req.ctx, req.query, { timeZone: app.timeZone }),
  );
};
