import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserInput,
  DIRECTORY_ROLES,
  updateUserInput,
  userDirectoryView,
  userPage,
  userQuery,
  userView,
  userWithPasswordView,
  versionInput,
} from '../../../shared/users/user.schemas';
import type { Access } from '../../http/fastify-types';
import {
  createUser,
  disableUser,
  enableUser,
  getUser,
  listUserDirectory,
  listUsers,
  resetUserPassword,
  updateUser,
} from './user.service';

const manage: { access: Access } = { access: { permission: 'users.manage' } };
const idParams = z.strictObject({ id: z.uuid() });
/**
 * The staff roles of the directory, and steering members: governance writers link a partner's
 * representative to their login (IOP-6); the service checks `governance.write` for that role.
 */
const directoryQuery = z.strictObject({ role: z.enum([...DIRECTORY_ROLES, 'steering_member']) });

/** User administration, and the staff directory forms pick people from. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/user-directory',
    { config: { access: { permission: 'users.directory' } }, schema: { tags: ['users'], querystring: directoryQuery, response: { 200: userDirectoryView } } },
    async (req) => listUserDirectory(app.db, req.ctx, req.query),
  );
  app.get('/api/users', { config: manage, schema: { tags: ['users'], querystring: userQuery, response: { 200: userPage } } }, async (req) =>
    listUsers(app.db, req.ctx, req.query),
  );
  app.post(
    '/api/users',
    { config: manage, schema: { tags: ['users'], body: createUserInput, response: { 201: userWithPasswordView } } },
    async (req, reply) => reply.code(201).send(await createUser(app.db, req.ctx, req.body)),
  );
  app.get('/api/users/:id', { config: manage, schema: { tags: ['users'], params: idParams, response: { 200: userView } } }, async (req) =>
    getUser(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/users/:id',
    { config: manage, schema: { tags: ['users'], params: idParams, body: updateUserInput, response: { 200: userView } } },
    async (req) => updateUser(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/disable',
    { config: manage, schema: { tags: ['users'], params: idParams, body: versionInput, response: { 200: userView } } },
    async (req) => disableUser(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/enable',
    { config: manage, schema: { tags: ['users'], params: idParams, body: versionInput, response: { 200: userView } } },
    async (req) => enableUser(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/reset-password',
    { config: manage, schema: { tags: ['users'], params: idParams, body: versionInput, response: { 200: userWithPasswordView } } },
    async (req) => resetUserPassword(app.db, req.ctx, req.params.id, req.body),
  );
};
