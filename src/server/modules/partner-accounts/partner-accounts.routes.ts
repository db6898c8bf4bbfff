import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedInvitationView,
  acceptInvitationInput,
  createdInvitationView,
  createInvitationInput,
  endPartnerAccountInput,
  invitationTokenParams,
  partnerAccountLimitsInput,
  partnerAccountLimitsView,
  partnerAccountView,
  partnerInvitationView,
  partnerPeopleView,
  publicInvitationView,
  setPartnerContactInput,
} from '../../../shared/partner/partner-invitation.schemas';
import type { Access } from '../../http/fastify-types';
import type { Language } from '../../http/language';
import {
  contactScope,
  endPartnerAccount,
  invitePartner,
  listPeopleAsContact,
  listPeopleAsStaff,
  revokeInvitation,
  setAccountLimits,
  setPartnerContact,
  staffScope,
} from './partner-accounts.service';
import { acceptInvitation, viewInvitation } from './partner-invitation-acceptance.service';

export type PartnerAccountsPluginOptions = { smtpConfigured: boolean };

const staff: { access: Access } = { access: { permission: 'partner-accounts.manage' } };
const contact: { access: Access } = { access: { permission: 'partner-accounts.own' } };
const organisationParams = z.strictObject({ id: z.uuid() });
const invitationParams = z.strictObject({ id: z.uuid(), invitationId: z.uuid() });
const accountParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
const ownInvitationParams = z.strictObject({ invitationId: z.uuid() });
const ownAccountParams = z.strictObject({ userId: z.uuid() });
const tags = ['partner-accounts'];

/**
 * Invited partner accounts (issue 15): staff manage any organisation's people, an organisation's
 * contact its own within the limits staff set, and the invited person accepts by the link.
 */
export const partnerAccountsRoutes: FastifyPluginAsyncZod<PartnerAccountsPluginOptions> = async (app, options) => {
  const delivery = (language: Language) => ({ publicUrl: app.publicUrl, smtpConfigured: options.smtpConfigured, timeZone: app.timeZone, language });

  // Staff, on an organisation's page.
  app.get('/api/organisations/:id/partner-people', { config: staff, schema: { tags, params: organisationParams, response: { 200: partnerPeopleView } } }, async (req) =>
    listPeopleAsStaff(app.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/organisations/:id/partner-invitations',
    { config: staff, schema: { tags, params: organisationParams, body: createInvitationInput, response: { 201: createdInvitationView } } },
    async (req, reply) => {
      const scope = await staffScope(app.db, req.ctx, req.params.id);
      return reply.code(201).header('cache-control', 'no-store').send(await invitePartner(app.db, req.ctx, scope, req.body, delivery(req.language)));
    },
  );
  app.post(
    '/api/organisations/:id/partner-invitations/:invitationId/revoke',
    { config: staff, schema: { tags, params: invitationParams, response: { 200: partnerInvitationView } } },
    async (req) => revokeInvitation(app.db, req.ctx, await staffScope(app.db, req.ctx, req.params.id), req.params.invitationId),
  );
  app.post(
    '/api/organisations/:id/partner-accounts/:userId/end',
    { config: staff, schema: { tags, params: accountParams, body: endPartnerAccountInput, response: { 200: partnerAccountView } } },
    async (req) => endPartnerAccount(app.db, req.ctx, await staffScope(app.db, req.ctx, req.params.id), req.params.userId, req.body),
  );
  app.put(
    '/api/organisations/:id/partner-accounts/:userId/contact',
    { config: staff, schema: { tags, params: accountParams, body: setPartnerContactInput, response: { 200: partnerAccountView } } },
    async (req) => setPartnerContact(app.db, req.ctx, req.params.id, req.params.userId, req.body),
  );
  app.put(
    '/api/organisations/:id/partner-account-limits',
    { config: staff, schema: { tags, params: organisationParams, body: partnerAccountLimitsInput, response: { 200: partnerAccountLimitsView } } },
    async (req) => setAccountLimits(app.db, req.ctx, req.params.id, req.body),
  );

  // The organisation's contact, for its own organisation only.
  app.get('/api/partner/people', { config: contact, schema: { tags, response: { 200: partnerPeopleView } } }, async (req) => listPeopleAsContact(app.db, req.ctx));
  app.post(
    '/api/partner/people/invitations',
    { config: contact, schema: { tags, body: createInvitationInput, response: { 201: createdInvitationView } } },
    async (req, reply) => {
      const scope = await contactScope(app.db, req.ctx);
      return reply.code(201).header('cache-control', 'no-store').send(await invitePartner(app.db, req.ctx, scope, req.body, delivery(req.language)));
    },
  );
  app.post(
    '/api/partner/people/invitations/:invitationId/revoke',
    { config: contact, schema: { tags, params: ownInvitationParams, response: { 200: partnerInvitationView } } },
    async (req) => revokeInvitation(app.db, req.ctx, await contactScope(app.db, req.ctx, 'not_found'), req.params.invitationId),
  );
  app.post(
    '/api/partner/people/:userId/end',
    { config: contact, schema: { tags, params: ownAccountParams, body: endPartnerAccountInput, response: { 200: partnerAccountView } } },
    async (req) => endPartnerAccount(app.db, req.ctx, await contactScope(app.db, req.ctx, 'not_found'), req.params.userId, req.body),
  );

  // The invited person, without an account yet.
  app.get(
    '/api/public/invitations/:token',
    { config: { access: 'public' }, schema: { tags, params: invitationTokenParams, response: { 200: publicInvitationView } } },
    async (req, reply) => reply.header('cache-control', 'no-store').send(await viewInvitation(app.db, req.ctx, req.params.token)),
  );
  app.post(
    '/api/public/invitations/:token/accept',
    { config: { access: 'public' }, schema: { tags, params: invitationTokenParams, body: acceptInvitationInput, response: { 201: acceptedInvitationView } } },
    async (req, reply) => reply.code(201).header('cache-control', 'no-store').send(await acceptInvitation(app.db, req.ctx, req.params.token, req.body)),
  );
};
