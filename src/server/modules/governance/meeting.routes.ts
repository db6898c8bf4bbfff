import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionItemView,
  createActionItemInput,
  createMeetingInput,
  meetingDetailView,
  meetingPage,
  updateActionItemInput,
  updateMeetingInput,
} from '../../../shared/governance/governance.schemas';
import { pageQuery } from '../../../shared/http/pagination.schemas';
import type { Access } from '../../http/fastify-types';
import { addActionItem, createMeeting, getMeeting, listMeetings, updateActionItem, updateMeeting } from './meeting.service';

const read: { access: Access } = { access: { permission: 'governance.read' } };
const write: { access: Access } = { access: { permission: 'governance.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];

/** Meetings of governance bodies with agenda, minutes, attendees and action items (IOP-6). */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/governance-bodies/:id/meetings',
    { config: read, schema: { tags, params: idParams, querystring: pageQuery, response: { 200: meetingPage } } },
    async (req) => listMeetings(app.db, req.ctx, req.params.id, req.query),
  );
  app.post(
    '/api/governance-bodies/:id/meetings',
    { config: write, schema: { tags, params: idParams, body: createMeetingInput, response: { 201: meetingDetailView } } },
    async (req, reply) => reply.code(201).send(await createMeeting(app.db, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/meetings/:id',
    { config: read, schema: { tags, params: idParams, response: { 200: meetingDetailView } } },
    async (req) => getMeeting(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/meetings/:id',
    { config: write, schema: { tags, params: idParams, body: updateMeetingInput, response: { 200: meetingDetailView } } },
    async (req) => updateMeeting(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/meetings/:id/action-items',
    { config: write, schema: { tags, params: idParams, body: createActionItemInput, response: { 201: actionItemView } } },
    async (req, reply) => reply.code(201).send(await addActionItem(app.db, req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/action-items/:id',
    { config: write, schema: { tags, params: idParams, body: updateActionItemInput, response: { 200: actionItemView } } },
    async (req) => updateActionItem(app.db, req.ctx, req.params.id, req.body),
  );
};
