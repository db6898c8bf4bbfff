import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';

/** How a failed run is tried again: how many more times, after how long, and whether the wait doubles. */
export type RetryPolicy = {
  /** Further runs after the first failure; 0 means a failure is final. */
  retryLimit: number;
  /** The wait before the first retry, in whole seconds. */
  retryDelaySeconds: number;
  /** Doubles the wait before each further retry (pg-boss adds some jitter on top). */
  retryBackoff: boolean;
};

/** What a job gets besides its data: the database, a logger and the instance's settings. */
export type JobContext = {
  db: Db;
  log: FastifyBaseLogger;
  timeZone: string;
  /** The app's public address without a trailing slash, for links in mails. */
  publicUrl: string;
  /** The instant the run started. */
  now: Date;
  jobId: string;
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
};

/**
 * A kind of background work a module declares. Jobs run on any app process; the queue (pg-boss)
 * hands each run to exactly one of them, and a cron schedule makes one run per slot however many
 * processes there are. A handler should still be safe to run twice (a crash after the work but
 * before the completion is recorded gives a retry), e.g. by re-reading its rows under a lock.
 *
 * Example — the weekly digest, declared in the notifications plugin:
 * ```ts
 * app.jobs.define({
 *   name: 'notifications.weekly-digest',
 *   cron: '0 7 * * 1', // Mondays 07:00 in the app's time zone
 *   retry: { retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true },
 *   handler: (ctx) => runWeeklyDigest(ctx.db, { now: ctx.now, timeZone: ctx.timeZone, publicUrl: ctx.publicUrl }),
 * });
 * ```
 */
export type JobDefinition = {
  /** Unique, lower case, dots and dashes: `<module>.<work>`, e.g. `lifecycle.termination-sweep`. */
  name: string;
  /** Does the work; a thrown error fails the run, which is retried by `retry`. */
  handler: (ctx: JobContext, data: Record<string, unknown>) => Promise<unknown>;
  /** A five-field cron expression in the app's time zone (one run per slot across processes). */
  cron?: string;
  /** Also runs once when the runner starts (one run however many processes start together). */
  runAtStart?: boolean;
  /** Also runs every so many seconds (one run per interval across processes), for work that should not wait a minute. */
  everySeconds?: number;
  retry?: Partial<RetryPolicy>;
  /** A run still active after this long counts as failed (and is retried); default 15 minutes. */
  timeoutSeconds?: number;
};

export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true };

const JOB_NAME = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const CRON = /^\S+(?:\s+\S+){4}$/;

/**
 * The wait before retry number `retry` (1 for the first retry) without jitter: the delay, doubled
 * for each earlier retry when back-off is on. Shared by the job queue's policy and mail delivery.
 */
export function retryDelaySeconds(policy: RetryPolicy, retry: number): number {
  if (!policy.retryBackoff) return policy.retryDelaySeconds;
  return policy.retryDelaySeconds * 2 ** Math.max(0, Math.min(16, retry - 1));
}

/** The jobs the modules declared, checked as they are declared so a mistake stops the start. */
export class JobRegistry {
  readonly #jobs = new Map<string, JobDefinition>();

  /** Declares a job; the runner picks it up when it starts. */
  define(job: JobDefinition): void {
    if (!JOB_NAME.test(job.name) || job.name.length > 50) throw new Error(`Job name ${job.name} must be lower case words joined by dots or dashes`);
    if (this.#jobs.has(job.name)) throw new Error(`Job ${job.name} is declared twice`);
    if (job.cron !== undefined && !CRON.test(job.cron.trim())) throw new Error(`Job ${job.name}: cron needs five fields`);
    if (job.everySeconds !== undefined && !(Number.isInteger(job.everySeconds) && job.everySeconds >= 1)) {
      throw new Error(`Job ${job.name}: everySeconds must be a whole number of seconds`);
    }
    this.#jobs.set(job.name, job);
  }

  /** Every declared job, in declaration order. */
  list(): JobDefinition[] {
    return [...this.#jobs.values()];
  }

  /** The job of that name, if declared. */
  get(name: string): JobDefinition | undefined {
    return this.#jobs.get(name);
  }
}
