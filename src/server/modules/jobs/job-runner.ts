import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Db } from '../../db/database';
import { DEFAULT_RETRY, type JobDefinition, type JobRegistry, type RetryPolicy } from './job-registry';
import type { JobSqlExecutor } from './job-sql-executor';

/** The schema pg-boss keeps its queues, jobs, schedules and archive in. */
export const JOB_SCHEMA = 'pgboss';

/** How the runner behaves; tests shorten the waits, production keeps the defaults. */
export type JobRunnerOptions = {
  /** How often an idle worker asks for work; default 2 s (pg-boss allows 0.5 s at least). */
  pollingIntervalSeconds?: number;
  /** Per-job retry overrides, e.g. `{ 'mail.deliver': { retryDelaySeconds: 1 } }`. */
  retry?: Record<string, Partial<RetryPolicy>>;
  /** Per-job interval overrides for `everySeconds`. */
  everySeconds?: Record<string, number>;
  /** Runs the `runAtStart` jobs when starting; default true. */
  runAtStart?: boolean;
};

type RunnerDependencies = {
  registry: JobRegistry;
  executor: JobSqlExecutor;
  db: Db;
  log: FastifyBaseLogger;
  timeZone: string;
  publicUrl: string;
  options?: JobRunnerOptions;
};

const DEFAULT_TIMEOUT_SECONDS = 15 * 60;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs a queue set-up step again when PostgreSQL broke a deadlock by aborting it: processes that
 * start together create the same queues (tables attached to pg-boss's partitioned job table) at once.
 */
async function retriedOnDeadlock(step: () => Promise<void>, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      const deadlock = (error as { code?: string }).code === '40P01';
      if (!deadlock || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

function errorOutput(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { message: error.message, name: error.name };
  return { message: String(error) };
}

/**
 * Runs the declared jobs on pg-boss: one worker loop per job that fetches a run (pg-boss hands a
 * run to one process only, SKIP LOCKED), runs it and records it completed or failed (failed runs
 * come back after the retry policy's wait, and stay visible as failed once retries run out). Cron
 * schedules live in pg-boss, which makes one run per slot across processes.
 */
export class JobRunner {
  readonly #deps: RunnerDependencies;
  readonly #boss: PgBoss;
  readonly #stop = new AbortController();
  readonly #wakeUps = new Map<string, () => void>();
  readonly #loops: Promise<void>[] = [];
  readonly #timers: NodeJS.Timeout[] = [];
  #started = false;
  #stopping: Promise<void> | undefined;

  constructor(deps: RunnerDependencies) {
    this.#deps = deps;
    const polling = deps.options?.pollingIntervalSeconds ?? 2;
    this.#boss = new PgBoss({
      db: deps.executor,
      schema: JOB_SCHEMA,
      migrate: true,
      schedule: true,
      supervise: true,
      // Cron slots are checked twice a minute and the schedule queue as often as workers poll.
      cronMonitorIntervalSeconds: 30,
      cronWorkerIntervalSeconds: Math.max(1, Math.round(polling)),
      maintenanceIntervalSeconds: 120,
      // Failed runs stay in the queue table (and in view) a week before pg-boss archives them.
      archiveFailedAfterSeconds: 7 * 24 * 3600,
      deleteAfterDays: 30,
    });
    this.#boss.on('error', (error) => deps.log.error({ err: error }, 'job queue error'));
  }

  /** The retry policy a job runs with: its own, then the runner's override for it. */
  policyOf(job: JobDefinition): RetryPolicy {
    return { ...DEFAULT_RETRY, ...job.retry, ...this.#deps.options?.retry?.[job.name] };
  }

  #sendOptions(job: JobDefinition): PgBoss.SendOptions {
    const policy = this.policyOf(job);
    return {
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: policy.retryBackoff,
      expireInSeconds: job.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    };
  }

  /** Installs or updates the queue schema, the queues and the schedules, then starts the workers. */
  async start(): Promise<void> {
    const { registry, options, timeZone } = this.#deps;
    await this.#boss.start();
    this.#started = true;
    for (const job of registry.list()) {
      const queue = { name: job.name, ...this.#sendOptions(job) };
      await retriedOnDeadlock(async () => {
        await this.#boss.createQueue(job.name, queue);
        // A queue created by an older version keeps its policy unless it is brought up to date.
        await this.#boss.updateQueue(job.name, queue);
        if (job.cron) await this.#boss.schedule(job.name, job.cron.trim(), {}, { ...this.#sendOptions(job), tz: timeZone });
      });
    }
    // A schedule whose job is gone from the code, or no longer has a cron, would go on queueing runs nobody takes.
    for (const schedule of await this.#boss.getSchedules()) {
      if (!registry.get(schedule.name)?.cron) await this.#boss.unschedule(schedule.name);
    }
    for (const job of registry.list()) this.#loops.push(this.#work(job));
    for (const job of registry.list()) {
      if (job.runAtStart && options?.runAtStart !== false) await this.#sendThrottled(job, 'start', 60);
      const every = options?.everySeconds?.[job.name] ?? job.everySeconds;
      if (every) {
        await this.#sendThrottled(job, 'interval', every);
        const timer = setInterval(() => void this.#sendThrottled(job, 'interval', every), every * 1000);
        timer.unref();
        this.#timers.push(timer);
      }
    }
  }

  // One run per key and time slot across every process (pg-boss's throttling).
  async #sendThrottled(job: JobDefinition, key: string, seconds: number): Promise<void> {
    try {
      const id = await this.#boss.sendThrottled(job.name, {}, this.#sendOptions(job), seconds, key);
      if (id) this.#wakeUps.get(job.name)?.();
    } catch (err) {
      if (!this.#stop.signal.aborted) this.#deps.log.error({ err, job: job.name }, 'job could not be queued');
    }
  }

  /** Queues a run of a job now (e.g. after an admin asks for a retry); returns the run's id. */
  async trigger(name: string, data: Record<string, unknown> = {}): Promise<string | null> {
    const job = this.#deps.registry.get(name);
    if (!job) throw new Error(`No job ${name}`);
    const id = await this.#boss.send(name, data, this.#sendOptions(job));
    this.#wakeUps.get(name)?.();
    return id;
  }

  async #work(job: JobDefinition): Promise<void> {
    const { db, log, timeZone, publicUrl, options } = this.#deps;
    const pollMs = (options?.pollingIntervalSeconds ?? 2) * 1000;
    while (!this.#stop.signal.aborted) {
      let runs: PgBoss.JobWithMetadata<Record<string, unknown>>[] = [];
      try {
        runs = await this.#boss.fetch<Record<string, unknown>>(job.name, { batchSize: 1, includeMetadata: true });
      } catch (err) {
        log.error({ err, job: job.name }, 'job fetch failed');
      }
      const run = runs[0];
      if (!run) {
        const wake = new AbortController();
        this.#wakeUps.set(job.name, () => wake.abort());
        await sleep(pollMs, AbortSignal.any([this.#stop.signal, wake.signal]));
        continue;
      }
      const attempt = run.retryCount + 1;
      try {
        await job.handler({ db, log, timeZone, publicUrl, now: new Date(), jobId: run.id, attempt }, run.data ?? {});
        await this.#boss.complete(job.name, run.id);
      } catch (error) {
        log.warn({ err: error, job: job.name, attempt }, 'job run failed');
        try {
          await this.#boss.fail(job.name, run.id, errorOutput(error));
        } catch (err) {
          log.error({ err, job: job.name }, 'job failure could not be recorded');
        }
      }
    }
  }

  /** Stops taking work, lets the runs under way finish, and stops pg-boss; the app's database stays open. */
  stop(): Promise<void> {
    this.#stopping ??= this.#stopOnce();
    return this.#stopping;
  }

  async #stopOnce(): Promise<void> {
    this.#stop.abort();
    for (const timer of this.#timers) clearInterval(timer);
    await Promise.allSettled(this.#loops);
    if (this.#started) await this.#boss.stop({ graceful: true, wait: true, timeout: 5_000, close: false });
    await this.#deps.executor.close();
  }
}
