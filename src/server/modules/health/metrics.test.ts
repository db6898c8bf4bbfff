import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { waitFor } from '../../../../tests/support/wait-for';
import { buildApp } from '../../app';
import { loadConfig } from '../../config/env';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(() => t.close());

async function scrape(): Promise<string> {
  const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(TOKEN) });
  expect(response.statusCode).toBe(200);
  return response.body;
}

/** The count of observed requests for one label set, or 0 when the series does not exist yet. */
function requestCount(body: string, labels: { method: string; route: string; status: string }): number {
  const line = body
    .split('\n')
    .find((l) => l.startsWith('http_request_duration_seconds_count{') && l.includes(`method="${labels.method}"`) && l.includes(`route="${labels.route}"`) && l.includes(`status_code="${labels.status}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('GET /metrics (issue 16)', () => {
  it('is refused without the token, with a wrong one, or with another scheme', async () => {
    for (const headers of [{}, bearer('wrong-token-of-the-same-kind-0123456789ab'), bearer(`${TOKEN}x`), { authorization: `Basic ${TOKEN}` }]) {
      const response = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toContain('Bearer');
      expect(response.body).not.toContain('http_request_duration_seconds');
    }
  });

  it('never reads its bearer credential as an API token: a real token presented there is refused and not marked as used', async () => {
    const admin = await t.loginAs('admin');
    const created = await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Övervakning', roles: ['admin'] } });
    expect(created.statusCode, created.body).toBe(201);
    const { token, secret } = created.json();
    const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(secret) });
    expect(response.statusCode).toBe(401);
    const row = await t.database.db.selectFrom('api_token').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.last_used_at).toBeNull();
  });

  it('answers in the Prometheus text format with the token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(TOKEN) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(response.body).toContain('process_cpu_user_seconds_total');
  });

  it('accepts the scheme in any case, as HTTP allows', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(200);
  });

  it('counts requests by route pattern and status, never by the raw URL', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const before = await scrape();
    const healthBefore = requestCount(before, { method: 'GET', route: '/api/health', status: '200' });
    const orgBefore = requestCount(before, { method: 'GET', route: '/api/organisations/:id', status: '401' });

    await t.app.inject({ method: 'GET', url: '/api/health' });
    await t.app.inject({ method: 'GET', url: '/api/health' });
    await t.app.inject({ method: 'GET', url: `/api/organisations/${id}` });
    await t.app.inject({ method: 'GET', url: '/api/no-such-route-123' });

    const after = await scrape();
    expect(requestCount(after, { method: 'GET', route: '/api/health', status: '200' })).toBe(healthBefore + 2);
    expect(requestCount(after, { method: 'GET', route: '/api/organisations/:id', status: '401' })).toBe(orgBefore + 1);
    expect(requestCount(after, { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain(id);
    expect(after).not.toContain('no-such-route-123');
  });

  it('reports the database pool and the job queue', async () => {
    const body = await scrape();
    expect(body).toMatch(/^samverkan_db_pool_connections \d+$/m);
    expect(body).toMatch(/^samverkan_db_pool_idle_connections \d+$/m);
    expect(body).toMatch(/^samverkan_db_pool_waiting_requests \d+$/m);
    expect(body).toContain('# TYPE samverkan_job_queue_jobs gauge');
    expect(body).toContain('# TYPE samverkan_job_failures gauge');
  });

  it('reports the shared job queue (its depth by state and its failed runs) and the age of the last audit verification', async () => {
    // A second app on the same database runs the jobs; the first (no runner) reads the shared queue.
    const worker = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: t.config.dataDir }),
      database: t.database,
      logger: false,
      jobs: { pollingIntervalSeconds: 0.5 },
    });
    worker.jobs.define({
      name: 'test.metrics-fails',
      runAtStart: true,
      retry: { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false },
      handler: async () => {
        throw new Error('fails on purpose');
      },
    });
    await worker.ready();
    try {
      const body = await waitFor(async () => {
        const text = await scrape();
        return /^samverkan_job_failures 1$/m.test(text) ? text : undefined;
      }, 'the failed run shows in the metrics');
      expect(body).toMatch(/^samverkan_job_queue_jobs\{state="[a-z]+"\} \d+$/m);

      // Before the nightly audit verification has completed once, its age is absent rather than made up.
      expect(body).not.toMatch(/^samverkan_audit_verification_age_seconds\{/m);
      await worker.jobs.trigger('audit.verify-chain');
      const verified = await waitFor(async () => /^samverkan_audit_verification_age_seconds\{check="audit_chain"\} ([\d.e+-]+)$/m.exec(await scrape()) ?? undefined, 'the verification age shows');
      expect(Number(verified[1])).toBeGreaterThanOrEqual(0);
      expect(Number(verified[1])).toBeLessThan(60);
    } finally {
      await worker.close();
    }
  });

  it('is not part of the API document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('answers 404 whatever the caller presents (not the web app\'s page)', async () => {
    const plain = await createTestApp();
    try {
      for (const headers of [{}, bearer(TOKEN)]) {
        const response = await plain.app.inject({ method: 'GET', url: '/metrics', headers });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ code: 'route_not_found' });
      }
    } finally {
      await plain.close();
    }
  });
});
