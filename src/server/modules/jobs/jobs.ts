import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/database';
import { type JobDefinition, JobRegistry } from './job-registry';
import { JobRunner, type JobRunnerOptions } from './job-runner';
import { ownPoolExecutor, sharedConnectionExecutor } from './job-sql-executor';

/**
 * The app's background jobs (`app.jobs`): modules declare theirs with `define` while the app is
 * assembled; the runner, when the app runs one, starts with the app and stops with it.
 */
export class AppJobs {
  readonly registry = new JobRegistry();
  #runner: JobRunner | undefined;

  /** Declares a job (see `JobDefinition`); call it from a module's plugin. */
  define(job: JobDefinition): void {
    this.registry.define(job);
  }

  /** True while a runner works the queue in this process. */
  get running(): boolean {
    return this.#runner !== undefined;
  }

  /**
   * Queues a run of a declared job now when a runner works the queue; without one (API-only
   * tests) or for a job not declared (mail without SMTP) nothing is queued and null is returned.
   * Call it after the caller's transaction has committed, never inside one: on the embedded
   * database the queue shares the app's one connection, which the open transaction holds.
   */
  async trigger(name: string, data: Record<string, unknown> = {}): Promise<string | null> {
    return this.#runner && this.registry.get(name) ? this.#runner.trigger(name, data) : null;
  }

  /** The runner, for the hooks that start and stop it. */
  attach(runner: JobRunner | undefined): void {
    this.#runner = runner;
  }
}

/**
 * Starts the job runner when the app is ready and stops it (waiting for runs under way) when the
 * app closes. On PostgreSQL pg-boss gets a small pool of its own on the same database; on the
 * embedded database it shares the app's single connection (decision 009).
 */
export function registerJobRunner(app: FastifyInstance, database: DatabaseHandle, options: JobRunnerOptions): void {
  let runner: JobRunner | undefined;
  app.addHook('onReady', async () => {
    const executor =
      database.kind === 'postgres' && database.connectionString ? ownPoolExecutor(database.connectionString) : sharedConnectionExecutor(database.db);
    runner = new JobRunner({
      registry: app.jobs.registry,
      executor,
      db: app.db,
      log: app.log.child({ component: 'jobs' }),
      timeZone: app.timeZone,
      publicUrl: app.publicUrl,
      options,
    });
    try {
      await runner.start();
    } catch (error) {
      await runner.stop().catch(() => undefined);
      runner = undefined;
      throw error;
    }
    app.jobs.attach(runner);
  });
  app.addHook('onClose', async () => {
    app.jobs.attach(undefined);
    await runner?.stop();
  });
}
