import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiTokenPage, apiTokenQuery, apiTokenView, createApiTokenInput, createdApiTokenView } from '../../../shared/users/api-token.schemas';
import { versionInput } from '../../../shared/users/user.schemas';
import type { Access } from '../../http/fastify-types';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service';

const manage: { access: Access } = { access: { permission: 'api-tokens.manage' } };

/** API tokens for integrations. */
export const apiTokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/api-tokens',
    { config: manage, schema: { tags: ['api-tokens'], querystring: apiTokenQuery, response: { 200: apiTokenPage } } },
    async (req) => listApiTokens(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/api-tokens',
    { config: manage, schema: { tags: ['api-tokens'], body: createApiTokenInput, response: { 201: createdApiTokenView } } },
    async (req, reply) => reply.code(201).send(await createApiToken(app.db, req.ctx, req.body)),
  );
  app.post(
    '/api/api-tokens/:id/revoke',
    {
      config: manage,
      schema: { tags: ['api-tokens'], params: z.strictObject({ id: z.uuid() }), body: versionInput, response: { 200: apiTokenView } },
    },
    async (req) => revokeApiToken(app.db, req.ctx, req.params.id, req.body),
  );
};
