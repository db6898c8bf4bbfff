import type { FastifyInstance } from 'fastify';

/** The process's state for its shutdown (`app.lifecycle`). */
export type Lifecycle = {
  /** Set on SIGTERM/SIGINT; readiness answers 503 from then on. */
  shuttingDown: boolean;
  /** The requests under way, as method and route, so a shutdown cut short can say what it cut. */
  requestsInFlight: () => string[];
};

/** Creates `app.lifecycle` and the hooks that keep its list of requests; call it before any route is added. */
export function registerLifecycle(app: FastifyInstance): void {
  const inFlight = new Map<string, string>();
  app.decorate('lifecycle', { shuttingDown: false, requestsInFlight: () => [...inFlight.values()] });
  app.addHook('onRequest', async (req) => {
    inFlight.set(req.id, `${req.method} ${req.routeOptions.url ?? 'unmatched'}`);
  });
  const done = async (req: { id: string }) => {
    inFlight.delete(req.id);
  };
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
}

type ShutdownLog = {
  info: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
};

export type GracefulShutdownOptions = {
  app: FastifyInstance;
  /** Closes the database pool once the app (requests and background jobs) has finished. */
  closeDatabase: () => Promise<void>;
  /** How long requests under way and running jobs get before they are cut. */
  timeoutMs: number;
  /** Ends the process; tests pass a recorder. */
  exit: (code: number) => void;
  log?: ShutdownLog;
};

/**
 * The process's answer to SIGTERM/SIGINT (decision 023): readiness turns 503 at once, the server
 * stops accepting connections and lets the requests under way finish (idle keep-alive sockets are
 * closed, so they do not hold the close), the job runner lets running jobs finish, then the pool
 * closes and the process exits 0. What has not finished within the limit is logged and cut, and the
 * process exits 1. A second signal during the shutdown exits at once.
 */
export function createGracefulShutdown(options: GracefulShutdownOptions): (signal: string) => Promise<void> {
  const { app, closeDatabase, timeoutMs, exit } = options;
  const log = options.log ?? app.log;
  let started: Promise<void> | undefined;

  const run = async (signal: string): Promise<void> => {
    const startedAt = Date.now();
    app.lifecycle.shuttingDown = true;
    log.info({ signal, requestsInFlight: app.lifecycle.requestsInFlight().length, timeoutSeconds: timeoutMs / 1000 }, 'shutdown started');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([app.close().then(() => 'closed' as const), timedOut]);
      if (outcome === 'timeout') {
        log.error(
          { requestsCut: app.lifecycle.requestsInFlight(), timeoutSeconds: timeoutMs / 1000 },
          'shutdown timed out: the requests listed and any background job still running are cut',
        );
        exit(1);
        return;
      }
      await closeDatabase();
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      exit(1);
      return;
    } finally {
      clearTimeout(timer);
    }
    log.info({ durationMs: Date.now() - startedAt }, 'shutdown complete');
    exit(0);
  };

  return (signal: string) => {
    if (started) {
      log.error({ signal }, 'second signal during shutdown: exiting at once');
      exit(1);
      return started;
    }
    started = run(signal);
    return started;
  };
}

/** Hands SIGTERM and SIGINT (every time they come) to the shutdown. */
export function shutDownOnSignals(shutdown: (signal: string) => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}
