import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerQuestionInput,
  bodyQuestionsView,
  decisionSpreadView,
  questionView,
  raiseFurtherInput,
  raiseQuestionInput,
  receivedDecisionView,
  receivedDecisionsView,
  spreadDecisionInput,
} from '../../../shared/governance/questions.schemas';
import type { Access } from '../../http/fastify-types';
import { answerQuestion, listBodyQuestions, raiseQuestion, raiseQuestionFurther } from './question.service';
import { getDecisionSpread, listReceivedDecisions, markSpreadSeen, spreadDecision } from './spread.service';

// Members of a body act for it whatever their role (a partner's representative included), so the
// routes are open to every governance reader and the services check membership or write access.
const read: { access: Access } = { access: { permission: 'governance.read' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['governance'];

/** Questions raised to the body above and decisions spread to the bodies below, with who has seen them (AGR-8). */
export const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/governance-bodies/:id/questions',
    { config: read, schema: { tags, params: idParams, response: { 200: bodyQuestionsView } } },
    async (req) => listBodyQuestions(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/governance-bodies/:id/questions',
    { config: read, schema: { tags, params: idParams, body: raiseQuestionInput, response: { 201: questionView } } },
    async (req, reply) => reply.code(201).send(await raiseQuestion(app.db, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/governance-questions/:id/answer',
    { config: read, schema: { tags, params: idParams, body: answerQuestionInput, response: { 200: questionView } } },
    async (req) => answerQuestion(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/governance-questions/:id/raise-further',
    { config: read, schema: { tags, params: idParams, body: raiseFurtherInput, response: { 200: questionView } } },
    async (req) => raiseQuestionFurther(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/decisions/:id/spread',
    { config: read, schema: { tags, params: idParams, response: { 200: decisionSpreadView } } },
    async (req) => getDecisionSpread(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/decisions/:id/spread',
    { config: read, schema: { tags, params: idParams, body: spreadDecisionInput, response: { 200: decisionSpreadView } } },
    async (req) => spreadDecision(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/governance-bodies/:id/received-decisions',
    { config: read, schema: { tags, params: idParams, response: { 200: receivedDecisionsView } } },
    async (req) => listReceivedDecisions(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/decision-spreads/:id/seen',
    { config: read, schema: { tags, params: idParams, response: { 200: receivedDecisionView } } },
    async (req) => markSpreadSeen(app.db, req.ctx, req.params.id),
  );
};
