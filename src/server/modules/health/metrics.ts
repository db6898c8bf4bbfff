import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseHandle } from '../../db/database';
import { sendProblem } from '../../http/error-handler';
import { translate } from '../../http/problem-messages';
import { AUDIT_VERIFICATION_JOB } from '../audit/audit-verification.job';
import { countJobFailures, countQueuedJobsByState, findLastCompletion, isJobQueueInstalled } from '../jobs/job-failures.repository';
import { safeEqual } from '../users/secrets';

/** Route label of requests no route matched: one value instead of every URL a scanner tries. */
const UNMATCHED_ROUTE = 'unmatched';

/**
 * Prometheus metrics for this app (decision 018): request durations by method, route pattern and
 * status, the database pool's use, the job queue's depth and failures, the age of the last audit
 * chain verification, and the process's defaults.
 * A registry of the app's own, so that apps built side by side (tests) never share counters.
 */
export function createMetricsRegistry(app: FastifyInstance, database: DatabaseHandle): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    // The route's pattern (`/api/organisations/:id`), never the raw URL: label values must stay few.
    const route = req.routeOptions.url ?? UNMATCHED_ROUTE;
    requestDuration.observe({ method: req.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  const pool = database.pool;
  const poolGauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (pool) this.set(read());
      },
    });
  poolGauge('samverkan_db_pool_connections', 'Connections the database pool holds open.', () => pool?.totalCount ?? 0);
  poolGauge('samverkan_db_pool_idle_connections', 'Open connections not lent out.', () => pool?.idleCount ?? 0);
  poolGauge('samverkan_db_pool_waiting_requests', 'Queries waiting for a free connection.', () => pool?.waitingCount ?? 0);

  new Gauge({
    name: 'samverkan_job_queue_jobs',
    help: "Runs of the app's jobs in the queue table by state (created and retry are waiting).",
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const counts = await readJobQueue(app, () => countQueuedJobsByState(app.db));
      for (const { state, count } of counts ?? []) this.set({ state }, count);
    },
  });
  new Gauge({
    name: 'samverkan_job_failures',
    help: 'Failed job runs pg-boss keeps (queue and archive), as listed under Administration, Jobs.',
    registers: [registry],
    async collect() {
      const count = await readJobQueue(app, () => countJobFailures(app.db));
      if (count !== undefined) this.set(count);
    },
  });
  new Gauge({
    name: 'samverkan_audit_verification_age_seconds',
    help: 'Seconds since the nightly audit chain verification last completed (a broken chain fails it); absent before the first.',
    // A label, because a gauge without labels always reports a value (0) and 0 would claim a fresh verification.
    labelNames: ['check'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const at = await readJobQueue(app, () => findLastCompletion(app.db, AUDIT_VERIFICATION_JOB));
      if (at) this.set({ check: 'audit_chain' }, Math.max(0, (Date.now() - new Date(at).getTime()) / 1000));
    },
  });
  return registry;
}

/**
 * Reads from the job queue's tables, or nothing before pg-boss installed them or when the database
 * does not answer: a scrape still answers with the metrics that need no database.
 */
async function readJobQueue<T>(app: FastifyInstance, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return (await isJobQueueInstalled(app.db)) ? await read() : undefined;
  } catch (error) {
    app.log.warn({ err: error }, 'metrics: the job queue could not be read');
    return undefined;
  }
}

/**
 * Answers `/metrics` with 404 when no token is configured, so that neither the web app's page nor
 * anything else answers there and a scraper pointed at it fails plainly.
 */
export function registerDisabledMetricsRoute(app: FastifyInstance): void {
  app.get('/metrics', { schema: { hide: true }, config: { ownCredentials: true } }, async (req, reply) =>
    sendProblem(reply, {
      type: 'urn:samverkan:problem:route_not_found',
      title: translate('route_not_found', req.language ?? 'sv'),
      status: 404,
      code: 'route_not_found',
    }),
  );
}

/**
 * Serves `/metrics` to a caller with `Authorization: Bearer <token>` (compared in constant time);
 * anyone else gets 401. Not part of the API: no session, no CSRF, not in the OpenAPI document.
 */
export function registerMetricsRoute(app: FastifyInstance, registry: Registry, token: string): void {
  app.get('/metrics', { schema: { hide: true }, config: { ownCredentials: true } }, async (req, reply) => {
    // The scheme is case-insensitive (RFC 9110); the token itself is compared exactly.
    const presented = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!safeEqual(presented, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').header('cache-control', 'no-store').send();
    }
    const body = await registry.metrics();
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(body);
  });
}
