import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, makeUser } from '../../../../tests/support/factories';
import { createTestApp, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app';
import { AUTH_POLICY_CACHE_MS } from './auth-policy.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function login(email: string, password: string, ip = '10.0.0.1') {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
}

async function auditRows(action: string, entityId?: string) {
  let query = t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action);
  if (entityId) query = query.where('entity_id', '=', entityId);
  return query.orderBy('id').execute();
}

/** Makes a user's sessions look idle for the given minutes. */
async function idleFor(app: TestApp, userId: string, minutes: number): Promise<void> {
  await app.database.db
    .updateTable('user_session')
    .set({ last_seen_at: sql`now() - make_interval(mins => ${minutes})` })
    .where('user_id', '=', userId)
    .execute();
}

describe('login', () => {
  it('logs in with the right password, sets an HttpOnly SameSite=Lax cookie and audits the success', async () => {
    const user = await makeUser(t.database.db, { roles: ['officer'] });
    const response = await login(user.email, DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user.email).toBe(user.email);
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    const cookie = response.cookies.find((c) => c.name === 'samverkan_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    // ≥128 bits of randomness: 32 bytes base64url-encoded.
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await auditRows('auth.login.succeeded', user.id)).toHaveLength(1);
  });

  it('stores only a hash of the session id server-side', async () => {
    const user = await makeUser(t.database.db);
    const response = await login(user.email, DEMO_PASSWORD);
    const sessionId = response.cookies.find((c) => c.name === 'samverkan_session')?.value ?? '';
    const rows = await t.database.db.selectFrom('user_session').select('id_hash').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).not.toContain(sessionId);
  });

  it('answers a wrong password with 401 problem+json and an audit row naming the reason', async () => {
    const user = await makeUser(t.database.db);
    const response = await login(user.email, 'wrong-password-123');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401, code: 'invalid_credentials', title: 'Fel e-postadress eller lösenord' });
    const rows = await auditRows('auth.login.failed', user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.changes).toMatchObject({ email: { after: user.email }, reason: { after: 'wrong_password' } });
    expect(rows[0]?.ip).toBe('10.0.0.1');
  });

  it('audits a failed attempt for an unknown account too, with the same answer', async () => {
    const response = await login('nobody@example.org', 'whatever-password');
    expect(response.statusCode).toBe(401);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login.failed')
      .where('entity_id', 'is', null)
      .execute();
    expect(rows.some((r) => (r.changes as Record<string, { after?: unknown }>).email?.after === 'nobody@example.org')).toBe(true);
  });

  it('refuses a disabled user with the same 401 as a wrong password', async () => {
    const user = await makeUser(t.database.db, { status: 'disabled' });
    const response = await login(user.email, DEMO_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_credentials');
  });

  it('issues a new session id at every login', async () => {
    const user = await makeUser(t.database.db);
    const first = sessionCookieOf(await login(user.email, DEMO_PASSWORD));
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: DEMO_PASSWORD },
      headers: { cookie: first },
    });
    expect(second.statusCode).toBe(200);
    expect(sessionCookieOf(second)).not.toBe(first);
    // The session the browser had before logging in again is over.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookieOf(second) } })).statusCode).toBe(200);
  });

  it('answers an unknown JSON property with 400 problem+json naming it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.se', password: 'x', remember: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'remember', message: 'Okänt fält' }],
    });
  });

  it('speaks English when the request prefers it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: '', password: '' },
      headers: { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      title: 'The input is not valid',
      errors: [
        { path: 'email', message: 'This field is required' },
        { path: 'password', message: 'This field is required' },
      ],
    });
  });

  it('answers malformed JSON and a wrong content type with 4xx problems, never 500', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('bad_request');
    const text = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(415);
    expect(text.body).not.toContain('at ');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.se', password: 'x'.repeat(2_000_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });
});

describe('session', () => {
  it('returns the user and CSRF token for a valid cookie, 401 without one', async () => {
    const session = await t.loginAs('manager');
    const ok = await t.as(session, { method: 'GET', url: '/api/auth/session' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ user: { id: session.userId, roles: ['manager'] }, csrfToken: session.csrfToken });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without x-csrf-token with 403', async () => {
    const session = await t.loginAs('admin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_missing');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'not-the-token' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('ends the session at logout: the old cookie then gets 401', async () => {
    const session = await t.loginAs('officer');
    const out = await t.as(session, { method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    expect((await t.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect(await auditRows('auth.logout', session.userId)).toHaveLength(1);
  });

  it('ends a session that has been idle longer than the idle timeout', async () => {
    const session = await t.loginAs('officer');
    await t.database.db
      .updateTable('user_session')
      .set({ last_seen_at: sql`now() - interval '121 minutes'` })
      .where('user_id', '=', session.userId)
      .execute();
    expect((await t.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('ends a session older than the absolute timeout even when in use', async () => {
    const session = await t.loginAs('officer');
    await t.database.db
      .updateTable('user_session')
      .set({ created_at: sql`now() - interval '721 minutes'` })
      .where('user_id', '=', session.userId)
      .execute();
    expect((await t.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('issue 15: takes the session times from the settings; a change applies at once in the process that saved it', async () => {
    const short = await createTestApp();
    try {
      const admin = await short.loginAs('admin');
      const session = await short.loginAs('officer');
      await idleFor(short, session.userId, 6);
      expect((await short.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
      const saved = await short.as(admin, {
        method: 'PATCH',
        url: '/api/settings',
        payload: { changes: [{ key: 'auth.session_idle_minutes', value: 5, version: 0 }] },
      });
      expect(saved.statusCode).toBe(200);
      await idleFor(short, session.userId, 6);
      expect((await short.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('issue 15: a setting another process saved applies here once this process re-reads the policy (within 30 s)', async () => {
    const short = await createTestApp();
    try {
      const session = await short.loginAs('officer');
      expect((await short.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
      // Another app process on the same database stores the shorter idle time.
      await short.database.db.insertInto('setting').values({ key: 'auth.session_idle_minutes', value: JSON.stringify(5) }).execute();
      await idleFor(short, session.userId, 6);
      // This process keeps the policy it read for a while ...
      expect((await short.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
      await idleFor(short, session.userId, 6);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + AUTH_POLICY_CACHE_MS + 1_000);
      // ... and then applies the new idle time.
      expect((await short.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
      await short.close();
    }
  });

  it('sets a __Host- prefixed Secure cookie when served over HTTPS', async () => {
    const https = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const user = await makeUser(https.database.db);
      const response = await https.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      const cookie = response.cookies.find((c) => c.name === '__Host-samverkan_session');
      expect(cookie?.secure).toBe(true);
      expect(cookie?.path).toBe('/');
      const session = await https.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { 'x-forwarded-proto': 'https', cookie: `${cookie?.name}=${cookie?.value}` },
      });
      expect(session.statusCode).toBe(200);
    } finally {
      await https.close();
    }
  });
});

describe('own password', () => {
  it('lets a user with a generated password do nothing but change it (or log out)', async () => {
    const user = await makeUser(t.database.db, { roles: ['admin'] });
    await t.database.db.updateTable('app_user').set({ must_change_password: true }).where('id', '=', user.id).execute();
    const response = await login(user.email, DEMO_PASSWORD, '10.8.0.1');
    const session = { cookie: sessionCookieOf(response), csrfToken: response.json().csrfToken, userId: user.id, email: user.email };
    expect((await t.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const blocked = await t.as(session, { method: 'GET', url: '/api/users' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const changed = await t.as(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'now-my-own-password' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.as(session, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
  });

  it('changes the password after checking the current one and ends the other sessions', async () => {
    const user = await makeUser(t.database.db);
    const first = await login(user.email, DEMO_PASSWORD);
    const other = await login(user.email, DEMO_PASSWORD);
    const session = { cookie: sessionCookieOf(first), csrfToken: first.json().csrfToken, userId: user.id, email: user.email };
    const wrong = await t.as(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'not-it-at-all', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: 'Nuvarande lösenord stämmer inte' }]);
    const short = await t.as(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('newPassword');
    const ok = await t.as(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await t.as(session, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookieOf(other) } })).statusCode).toBe(401);
    expect((await login(user.email, 'a-brand-new-password', '10.9.9.9')).statusCode).toBe(200);
  });
});
