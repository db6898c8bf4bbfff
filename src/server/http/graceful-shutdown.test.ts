import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../../tests/support/wait-for';
import { createGracefulShutdown, registerLifecycle } from './graceful-shutdown';

type Logged = { level: 'info' | 'error'; msg: string; obj: Record<string, unknown> };

/** A bare app with the lifecycle, a route that waits for the test, one that never ends, and readiness. */
async function startApp(): Promise<{ app: FastifyInstance; url: string; release: () => void }> {
  const app = Fastify({ logger: false, return503OnClosing: true, forceCloseConnections: 'idle' });
  registerLifecycle(app);
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  app.get('/slow', async () => {
    await released;
    return { done: true };
  });
  app.get('/never', () => new Promise(() => {}));
  app.get('/ready', async (_req, reply) => reply.code(app.lifecycle.shuttingDown ? 503 : 200).send({}));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, release };
}

/** A GET on its own connection; resolves with the status, or rejects when the connection fails. */
function get(url: string): { response: Promise<number>; abort: () => void } {
  let request: http.ClientRequest | undefined;
  const response = new Promise<number>((resolve, reject) => {
    request = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    request.on('error', reject);
  });
  return { response, abort: () => request?.destroy() };
}

function recorder() {
  const logged: Logged[] = [];
  const exits: number[] = [];
  return {
    logged,
    exits,
    log: {
      info: (obj: object, msg: string) => logged.push({ level: 'info', msg, obj: obj as Record<string, unknown> }),
      error: (obj: object, msg: string) => logged.push({ level: 'error', msg, obj: obj as Record<string, unknown> }),
    },
    exit: (code: number) => void exits.push(code),
  };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup) await step().catch(() => undefined);
  cleanup = [];
});

describe('graceful shutdown (issue 16: SIGTERM drains, then exits)', () => {
  it('marks the process as shutting down, lets the request under way finish, closes the database, exits 0', async () => {
    const { app, url, release } = await startApp();
    cleanup.push(() => app.close());
    const r = recorder();
    let databaseClosed = false;
    const shutdown = createGracefulShutdown({
      app,
      closeDatabase: async () => {
        databaseClosed = true;
      },
      timeoutMs: 5_000,
      exit: r.exit,
      log: r.log,
    });

    const slow = get(`${url}/slow`);
    await waitFor(() => app.lifecycle.requestsInFlight().length === 1, 'the slow request reaches the server');
    const done = shutdown('SIGTERM');
    expect(app.lifecycle.shuttingDown).toBe(true);
    expect(r.logged[0]).toMatchObject({ level: 'info', msg: 'shutdown started', obj: { signal: 'SIGTERM', requestsInFlight: 1 } });

    // No new connections while it drains; the request under way is still waited for.
    await expect(get(`${url}/ready`).response).rejects.toThrow(/ECONNREFUSED/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(r.exits).toEqual([]);
    expect(databaseClosed).toBe(false);

    release();
    expect(await slow.response).toBe(200);
    await done;
    expect(databaseClosed).toBe(true);
    expect(r.exits).toEqual([0]);
    expect(r.logged.at(-1)).toMatchObject({ level: 'info', msg: 'shutdown complete' });
  });

  it('cuts a request that never ends after the limit, names it, and exits 1 without waiting for the database', async () => {
    const { app, url } = await startApp();
    const r = recorder();
    let databaseClosed = false;
    const shutdown = createGracefulShutdown({
      app,
      closeDatabase: async () => {
        databaseClosed = true;
      },
      timeoutMs: 300,
      exit: r.exit,
      log: r.log,
    });
    const never = get(`${url}/never`);
    never.response.catch(() => undefined);
    cleanup.push(async () => {
      never.abort();
      app.server.closeAllConnections();
    });
    await waitFor(() => app.lifecycle.requestsInFlight().length === 1, 'the endless request reaches the server');

    const startedAt = Date.now();
    await shutdown('SIGTERM');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(r.exits).toEqual([1]);
    expect(databaseClosed).toBe(false);
    const cut = r.logged.find((l) => l.level === 'error');
    expect(cut?.msg).toContain('shutdown timed out');
    expect(cut?.obj.requestsCut).toEqual(['GET /never']);
  });

  it('exits at once on a second signal during the shutdown', async () => {
    const { app, url } = await startApp();
    const r = recorder();
    const shutdown = createGracefulShutdown({ app, closeDatabase: async () => {}, timeoutMs: 10_000, exit: r.exit, log: r.log });
    const never = get(`${url}/never`);
    never.response.catch(() => undefined);
    cleanup.push(async () => {
      never.abort();
      app.server.closeAllConnections();
    });
    await waitFor(() => app.lifecycle.requestsInFlight().length === 1, 'the endless request reaches the server');

    void shutdown('SIGTERM');
    expect(r.exits).toEqual([]);
    void shutdown('SIGINT');
    expect(r.exits).toEqual([1]);
    expect(r.logged.at(-1)).toMatchObject({ level: 'error', obj: { signal: 'SIGINT' } });
  });
});
