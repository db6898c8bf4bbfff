import type { FastifyInstance } from 'fastify';
import { runWeeklyDigest } from './digest.service';

/** The job that mails each user their weekly digest. */
export const WEEKLY_DIGEST_JOB = 'notifications.weekly-digest';

/** Mondays at 07:00 in the app's time zone: the week's to-do list before the working day starts. */
export const WEEKLY_DIGEST_CRON = '0 7 * * 1';

/**
 * Declares the weekly digest (issue 12, point 5) as a scheduled job. The schedule gives one run per
 * Monday across processes, and the digest itself records each user's week under a unique key, so
 * a retry or an overlapping run mails nobody twice.
 */
export function registerWeeklyDigestJob(app: FastifyInstance): void {
  app.jobs.define({
    name: WEEKLY_DIGEST_JOB,
    cron: WEEKLY_DIGEST_CRON,
    retry: { retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true },
    timeoutSeconds: 30 * 60,
    handler: async (ctx) => {
      const result = await runWeeklyDigest(ctx.db, { now: ctx.now, timeZone: ctx.timeZone, publicUrl: ctx.publicUrl });
      ctx.log.info(result, 'weekly digest queued');
      return result;
    },
  });
}
