import type { FastifyInstance } from 'fastify';
import { verifyAuditChain } from './audit.service';

export const AUDIT_VERIFICATION_JOB = 'audit.verify-chain';
/** Nightly at 02:15 in the app's time zone, before the working day and after most batch work. */
export const AUDIT_VERIFICATION_CRON = '15 2 * * *';

/**
 * Walks the audit chain every night (decision 018). A broken chain fails the run, so it shows
 * under Administration → Jobs, and `/metrics` reports the age of the last run that completed:
 * an alert on that age catches both a broken chain and a verification that stopped running.
 */
export function registerAuditVerificationJob(app: FastifyInstance): void {
  app.jobs.define({
    name: AUDIT_VERIFICATION_JOB,
    cron: AUDIT_VERIFICATION_CRON,
    // A broken chain stays broken: retrying would only repeat the failure.
    retry: { retryLimit: 0 },
    timeoutSeconds: 3600,
    handler: async (ctx) => {
      const result = await verifyAuditChain(ctx.db);
      if (!result.ok) throw new Error(`Audit chain broken at row ${result.brokenId}: ${result.reason}`);
      ctx.log.info({ rows: result.rows }, 'audit chain verified');
      return result;
    },
  });
}
