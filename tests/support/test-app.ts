import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type BuildAppOptions, buildApp } from '../../src/server/app';
import { type AppConfig, loadConfig } from '../../src/server/config/env';
import type { DatabaseHandle } from '../../src/server/db/database';
import type { Role } from '../../src/shared/users/roles';
import { DEMO_PASSWORD, makeUser } from './factories';
import { createTestDatabase } from './test-database';

export type Session = { cookie: string; csrfToken: string; userId: string; email: string };

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: AppConfig;
  /** Logs a new user with these roles in and returns the session cookie and CSRF token. */
  loginAs: (roles: Role[] | Role) => Promise<Session>;
  /** A request with a session's cookie and CSRF token. */
  as: (session: Session, options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

/** The session cookie (`name=value`) a login response set. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'samverkan_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export type TestAppOptions = Pick<BuildAppOptions, 'jobs' | 'mail'> & {
  /**
   * Keeps the setting `auth.two_factor_required` at its default (on). Off unless asked for, so that
   * tests logging in administrators with a password alone keep working; the two-factor tests turn it on.
   */
  twoFactorRequired?: boolean;
};

/**
 * Builds the app on a fresh cloned test database, with optional configuration overrides; with
 * `options.jobs` the background jobs run as in a started app.
 */
export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const { twoFactorRequired = false, ...buildOptions } = options;
  const database = await createTestDatabase();
  if (!twoFactorRequired) {
    await database.db
      .insertInto('setting')
      .values({ key: 'auth.two_factor_required', value: JSON.stringify(false), updated_at: new Date() })
      .execute();
  }
  // Stored files go to a folder of this test's own, removed at close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-app-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  const app = await buildApp({ config, database, logger: false, ...buildOptions });
  await app.ready();

  async function login(email: string, password: string): Promise<LightMyRequestResponse> {
    return app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  }

  return {
    app,
    database,
    config,
    loginAs: async (roles) => {
      const user = await makeUser(database.db, { roles: [roles].flat() });
      const response = await login(user.email, DEMO_PASSWORD);
      const body = response.json() as { csrfToken: string };
      return { cookie: sessionCookieOf(response), csrfToken: body.csrfToken, userId: user.id, email: user.email };
    },
    as: (session, options) =>
      app.inject({
        ...options,
        headers: { ...(options.headers ?? {}), cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      }),
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
