import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cooperationGovernanceView,
  createDecisionInput,
  createGovernanceBodyInput,
  createMemberInput,
  decisionView,
  governanceBodyDetailView,
  governanceBodyPage,
  governanceBodyQuery,
  memberView,
  updateGovernanceBodyInput,
  updateMemberInput,
} from '../../../shared/governance/governance.schemas';
import type { Access } from '../../http/fastify-types';
import {
  addGovernanceMember,
  createGovernanceBody,
  getCooperationGovernance,
  getGovernanceBody,
  listGovernanceBodies,
  updateGovernanceBody,
  updateGovernanceMember,
} from './body.service';
import { proposeDecision, voteOnDecision } from './decision.service';

const read: { access: Access } = { access: { permission: 'governance.read' } };
const write: { access: Access } = { access: { permission: 'governance.write' } };
const approve: { access: Access } = { access: { permission: 'decisions.approve' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];

/** Governance bodies, their members and linked cooperations, and joint decisions (AGR-3, IOP-6). */
export const governanceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/governance-bodies',
    { config: read, schema: { tags, querystring: governanceBodyQuery, response: { 200: governanceBodyPage } } },
    async (req) => listGovernanceBodies(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/governance-bodies',
    { config: write, schema: { tags, body: createGovernanceBodyInput, response: { 201: governanceBodyDetailView } } },
    async (req, reply) => reply.code(201).send(await createGovernanceBody(app.db, req.ctx, req.body)),
  );
  app.get(
    '/api/governance-bodies/:id',
    { config: read, schema: { tags, params: idParams, response: { 200: governanceBodyDetailView } } },
    async (req) => getGovernanceBody(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/governance-bodies/:id',
    { config: write, schema: { tags, params: idParams, body: updateGovernanceBodyInput, response: { 200: governanceBodyDetailView } } },
    async (req) => updateGovernanceBody(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/governance-bodies/:id/members',
    { config: write, schema: { tags, params: idParams, body: createMemberInput, response: { 201: memberView } } },
    async (req, reply) => reply.code(201).send(await addGovernanceMember(app.db, req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/governance-members/:id',
    { config: write, schema: { tags, params: idParams, body: updateMemberInput, response: { 200: memberView } } },
    async (req) => updateGovernanceMember(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/cooperations/:id/governance',
    { config: read, schema: { tags, params: idParams, response: { 200: cooperationGovernanceView } } },
    async (req) => getCooperationGovernance(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/governance-bodies/:id/decisions',
    { config: write, schema: { tags, params: idParams, body: createDecisionInput, response: { 201: decisionView } } },
    async (req, reply) => reply.code(201).send(await proposeDecision(app.db, req.ctx, req.params.id, req.body, { publicUrl: app.publicUrl })),
  );
  app.post(
    '/api/decisions/:id/approve',
    { config: approve, schema: { tags, params: idParams, response: { 200: decisionView } } },
    async (req) => voteOnDecision(app.db, req.ctx, req.params.id, 'approve'),
  );
  app.post(
    '/api/decisions/:id/reject',
    { config: approve, schema: { tags, params: idParams, response: { 200: decisionView } } },
    async (req) => voteOnDecision(app.db, req.ctx, req.params.id, 'reject'),
  );
};
