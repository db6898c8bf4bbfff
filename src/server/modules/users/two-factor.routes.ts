import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  confirmTwoFactorInput,
  currentCodeInput,
  recoveryCodesView,
  twoFactorEnrolmentView,
  twoFactorStatusView,
} from '../../../shared/users/two-factor.schemas';
import { confirmEnrolment, disableOwnTwoFactor, regenerateRecoveryCodes, resetTwoFactor, startEnrolment, twoFactorStatus } from './two-factor.service';

const userParams = z.strictObject({ id: z.uuid() });

/** The caller's own second factor (issue 15): status, enrolment with a QR code, recovery codes, turning it off; and an administrator's reset. */
export const twoFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['auth'];

  app.get(
    '/api/auth/two-factor',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: twoFactorStatusView } } },
    async (req) => twoFactorStatus(app.db, req.ctx),
  );

  app.post(
    '/api/auth/two-factor/enrolment',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: twoFactorEnrolmentView } } },
    async (req) => startEnrolment(app.db, req.ctx, app.authSettings),
  );

  app.post(
    '/api/auth/two-factor/enrolment/confirm',
    { config: { access: 'authenticated' }, schema: { tags, body: confirmTwoFactorInput, response: { 200: recoveryCodesView } } },
    async (req) => confirmEnrolment(app.db, req.ctx, app.authSettings, req.body),
  );

  app.post(
    '/api/auth/two-factor/recovery-codes',
    { config: { access: 'authenticated' }, schema: { tags, body: currentCodeInput, response: { 200: recoveryCodesView } } },
    async (req) => regenerateRecoveryCodes(app.db, req.ctx, app.authSettings, req.body),
  );

  app.post(
    '/api/auth/two-factor/disable',
    { config: { access: 'authenticated' }, schema: { tags, body: currentCodeInput, response: { 204: z.null() } } },
    async (req, reply) => {
      await disableOwnTwoFactor(app.db, req.ctx, app.authSettings, req.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/two-factor/reset',
    { config: { access: { permission: 'users.manage' } }, schema: { tags: ['users'], params: userParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await resetTwoFactor(app.db, req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  );
};
