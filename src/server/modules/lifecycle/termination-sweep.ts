import type { FastifyInstance } from 'fastify';
import { isoDateIn } from '../../../shared/time/dates';
import type { JobContext } from '../jobs/job-registry';
import { endDueTerminations } from './termination-end.service';

/** The job that ends cooperations whose notice has run out. */
export const TERMINATION_SWEEP_JOB = 'lifecycle.termination-sweep';

/** Hourly, on the hour: a notice ends on a date, so an hour is punctual enough. */
export const TERMINATION_SWEEP_CRON = '0 * * * *';

/** One sweep on the calendar date the run starts, in the app's time zone; returns how many ended. */
export async function runTerminationSweep(ctx: Pick<JobContext, 'db' | 'log' | 'now' | 'timeZone'>): Promise<{ ended: number }> {
  const ended = await endDueTerminations(ctx.db, isoDateIn(ctx.now, ctx.timeZone));
  if (ended > 0) ctx.log.info({ ended }, 'cooperations ended by notice');
  return { ended };
}

/**
 * Ends the cooperations whose notice has run out (IOP-5) as a background job: hourly and once when
 * the runner starts (catching up after downtime). The queue gives each run to one process; the
 * cooperation's row lock keeps even an overlapping run from ending anything twice.
 */
export function registerTerminationSweep(app: FastifyInstance): void {
  app.jobs.define({
    name: TERMINATION_SWEEP_JOB,
    cron: TERMINATION_SWEEP_CRON,
    runAtStart: true,
    retry: { retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true },
    handler: (ctx) => runTerminationSweep(ctx),
  });
}
