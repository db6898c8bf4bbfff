import type { JobOverview, JobOverviewQuery } from '../../../shared/jobs/jobs.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import type { RequestContext } from '../../http/request-context';
import { findJobFailures, isJobQueueInstalled } from './job-failures.repository';
import { DEFAULT_RETRY } from './job-registry';
import type { AppJobs } from './jobs';

function messageOf(output: { message?: unknown } | null): string | null {
  if (!output) return null;
  return typeof output.message === 'string' ? output.message : JSON.stringify(output);
}

/** The declared jobs with their schedules, and the latest failed or retrying runs, for an administrator. */
export async function jobOverview(db: Db, ctx: RequestContext, jobs: AppJobs, q: JobOverviewQuery): Promise<JobOverview> {
  assertPermitted(ctx.actor, 'jobs.read');
  const definitions = jobs.registry.list().map((job) => {
    const policy = { ...DEFAULT_RETRY, ...job.retry };
    return {
      name: job.name,
      cron: job.cron ?? null,
      everySeconds: job.everySeconds ?? null,
      runAtStart: job.runAtStart === true,
      retryLimit: policy.retryLimit,
      retryDelaySeconds: policy.retryDelaySeconds,
      retryBackoff: policy.retryBackoff,
    };
  });
  const { rows, total } = (await isJobQueueInstalled(db)) ? await findJobFailures(db, q.limit) : { rows: [], total: 0 };
  return {
    runnerActive: jobs.running,
    definitions,
    failures: rows.map((r) => ({
      id: r.id,
      name: r.name,
      state: r.state,
      error: messageOf(r.output),
      attempts: r.retry_count + 1,
      retryLimit: r.retry_limit,
      createdAt: r.created_on.toISOString(),
      at: (r.state === 'failed' ? r.completed_on : r.start_after)?.toISOString() ?? null,
    })),
    totalFailures: total,
  };
}
