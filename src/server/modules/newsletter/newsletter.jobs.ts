import type { FastifyInstance } from 'fastify';
import { purgeExpiredSubscriptions } from './newsletter-subscription.service';

/** The job that deletes subscriptions never confirmed within their week (IOP-10). */
export const NEWSLETTER_PURGE_JOB = 'newsletter.purge-unconfirmed';

/**
 * Declares the daily purge of unconfirmed newsletter subscriptions, so an address nobody confirmed
 * is gone after its week even when no one subscribes again (subscribing also purges).
 */
export function registerNewsletterJobs(app: FastifyInstance): void {
  app.jobs.define({
    name: NEWSLETTER_PURGE_JOB,
    cron: '30 3 * * *',
    retry: { retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true },
    handler: async (ctx) => {
      const deleted = await purgeExpiredSubscriptions(ctx.db, ctx.now);
      if (deleted > 0) ctx.log.info({ deleted }, 'unconfirmed newsletter subscriptions deleted');
      return { deleted };
    },
  });
}
