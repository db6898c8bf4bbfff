import type { FastifyInstance } from 'fastify';
import { deleteOrphanBlobs } from './file-blob.repository';

export const ORPHAN_BLOBS_JOB = 'files.remove-orphan-blobs';
/** Nightly at 03:45 in the app's time zone, outside working hours. */
export const ORPHAN_BLOBS_CRON = '45 3 * * *';
/** A blob younger than this is kept even when nothing points at it yet. */
export const ORPHAN_BLOB_MIN_AGE_MS = 60 * 60 * 1000;

/**
 * Removes file content that no file row points at (decision 019). A blob written by a transaction
 * still in flight is invisible to the job anyway; the age guard is a second line of defence.
 */
export function registerOrphanBlobsJob(app: FastifyInstance): void {
  app.jobs.define({
    name: ORPHAN_BLOBS_JOB,
    cron: ORPHAN_BLOBS_CRON,
    timeoutSeconds: 3600,
    handler: async (ctx) => {
      const removed = await deleteOrphanBlobs(ctx.db, new Date(ctx.now.getTime() - ORPHAN_BLOB_MIN_AGE_MS));
      ctx.log.info({ removed }, 'orphan file blobs removed');
      return { removed };
    },
  });
}
