import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  newsletterConfirmResult,
  newsletterItemInput,
  newsletterItemUpdateInput,
  newsletterItemView,
  newsletterOverview,
  newsletterSendInput,
  newsletterSubscribeInput,
  newsletterSubscribeReceipt,
  newsletterTokenInput,
  newsletterUnsubscribeResult,
  publicNewsView,
} from '../../../shared/newsletter/newsletter.schemas';
import type { Access } from '../../http/fastify-types';
import { admitLinkUse, admitSubscription, confirmSubscription, subscribeToNewsletter, unsubscribe } from './newsletter-subscription.service';
import {
  createNewsletterItem,
  getNewsletterItem,
  getNewsletterOverview,
  getPublicNews,
  sendNewsletterItem,
  updateNewsletterItem,
} from './newsletter.service';
import { registerNewsletterJobs } from './newsletter.jobs';

const write: { access: Access } = { access: { permission: 'newsletter.write' } };
const open: { access: Access } = { access: 'public' };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['newsletter'];
const publicTags = ['public'];

/** The IOP newsletter (IOP-10): the public subscribes, confirms and leaves without login; staff write and send news items. */
export const newsletterRoutes: FastifyPluginAsyncZod = async (app) => {
  registerNewsletterJobs(app);
  app.post(
    '/api/public/newsletter/subscriptions',
    {
      config: open,
      // Counted before validation, as the public proposal form does: malformed floods count too.
      preValidation: async (req) => admitSubscription(app.db, req.ctx),
      schema: { tags: publicTags, body: newsletterSubscribeInput, response: { 202: newsletterSubscribeReceipt } },
    },
    async (req, reply) => reply.code(202).send(await subscribeToNewsletter(app.db, app.publicUrl, req.language, req.body)),
  );
  app.post(
    '/api/public/newsletter/confirm',
    {
      config: open,
      preValidation: async (req) => admitLinkUse(app.db, req.ctx),
      schema: { tags: publicTags, body: newsletterTokenInput, response: { 200: newsletterConfirmResult } },
    },
    async (req) => confirmSubscription(app.db, req.body.token),
  );
  app.post(
    '/api/public/newsletter/unsubscribe',
    {
      config: open,
      preValidation: async (req) => admitLinkUse(app.db, req.ctx),
      schema: { tags: publicTags, body: newsletterTokenInput, response: { 200: newsletterUnsubscribeResult } },
    },
    async (req) => unsubscribe(app.db, req.body.token),
  );
  app.get('/api/public/newsletter/items', { config: open, schema: { tags: publicTags, response: { 200: publicNewsView } } }, async (_req, reply) => {
    // As the IOP page itself: five minutes' staleness spares the database.
    reply.header('cache-control', 'public, max-age=300');
    return getPublicNews(app.db);
  });

  app.get('/api/newsletter', { config: write, schema: { tags, response: { 200: newsletterOverview } } }, async (req) => getNewsletterOverview(app.db, req.ctx));
  app.post('/api/newsletter/items', { config: write, schema: { tags, body: newsletterItemInput, response: { 201: newsletterItemView } } }, async (req, reply) =>
    reply.code(201).send(await createNewsletterItem(app.db, req.ctx, req.body)),
  );
  app.get('/api/newsletter/items/:id', { config: write, schema: { tags, params: idParams, response: { 200: newsletterItemView } } }, async (req) =>
    getNewsletterItem(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/newsletter/items/:id',
    { config: write, schema: { tags, params: idParams, body: newsletterItemUpdateInput, response: { 200: newsletterItemView } } },
    async (req) => updateNewsletterItem(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/newsletter/items/:id/send',
    { config: write, schema: { tags, params: idParams, body: newsletterSendInput, response: { 200: newsletterItemView } } },
    async (req) => sendNewsletterItem(app.db, req.ctx, req.params.id, req.body, app.publicUrl),
  );
};
