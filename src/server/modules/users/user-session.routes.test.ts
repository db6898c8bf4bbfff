import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { passwordStep, sessionOf } from '../../../../tests/support/two-factor';
import { systemContext } from '../../http/request-context';
import { startSession } from './auth.service';

let t: TestApp;
let ipSequence = 0;
const nextIp = () => `10.3.0.${++ipSequence}`;

beforeAll(async () => {
  t = await createTestApp({}, { twoFactorRequired: true });
});
afterAll(() => t.close());

/** Signs the same user in several times, as from several browsers. */
async function sessionsOf(email: string, userId: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'Samverkan-demo-2026' },
      remoteAddress: nextIp(),
      headers: { 'user-agent': `Browser ${i}` },
    });
    sessions.push(sessionOf(response, userId, email));
  }
  return sessions;
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', userId).orderBy('occurred_at').execute();
  return rows.map((r) => r.action);
}

describe('one’s own sessions (issue 15)', () => {
  it('issue 15: lists one’s own active sessions with when, where and how, the current one marked, never another user’s', async () => {
    const user = await makeUser(t.database.db, { roles: ['officer'] });
    const [first, second] = await sessionsOf(user.email, user.id, 2);
    await t.loginAs('officer');
    const list = await t.as(second!, { method: 'GET', url: '/api/auth/sessions' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; userAgent: string; method: string; ip: string }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toEqual([expect.objectContaining({ userAgent: 'Browser 1', method: 'password' })]);
    expect(items.map((s) => s.ip).every((ip) => ip.startsWith('10.3.0.'))).toBe(true);
    // Session ids are public ids, not the secret cookie value.
    expect(first!.cookie).not.toContain(items[0]!.id);
  });

  it('issue 15: ends one of one’s own sessions; another user’s session is not found (404); a bad id is refused (400)', async () => {
    const user = await makeUser(t.database.db, { roles: ['officer'] });
    const [first, second] = await sessionsOf(user.email, user.id, 2);
    const stranger = await t.loginAs('officer');
    const items = (await t.as(second!, { method: 'GET', url: '/api/auth/sessions' })).json().items as { id: string; current: boolean }[];
    const other = items.find((s) => !s.current)!;

    expect((await t.as(stranger, { method: 'DELETE', url: `/api/auth/sessions/${other.id}` })).statusCode).toBe(404);
    expect((await t.as(first!, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect((await t.as(second!, { method: 'DELETE', url: '/api/auth/sessions/not-a-uuid' })).statusCode).toBe(400);

    expect((await t.as(second!, { method: 'DELETE', url: `/api/auth/sessions/${other.id}` })).statusCode).toBe(204);
    expect((await t.as(first!, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await t.as(second!, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect(await auditActions(user.id)).toContain('auth.session.ended');
  });

  it('issue 15: "sign out everywhere" ends every other session and keeps this one, audited', async () => {
    const user = await makeUser(t.database.db, { roles: ['manager'] });
    const sessions = await sessionsOf(user.email, user.id, 3);
    const stranger = await t.loginAs('manager');
    const response = await t.as(sessions[2]!, { method: 'POST', url: '/api/auth/sessions/sign-out-everywhere' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ended: 2 });
    expect((await t.as(sessions[0]!, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await t.as(sessions[1]!, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await t.as(sessions[2]!, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect((await t.as(stranger, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect(await auditActions(user.id)).toContain('auth.sessions.ended_elsewhere');
  });

  it('issue 15: sign-in, sign-out and failed sign-ins are in the audit log', async () => {
    const user = await makeUser(t.database.db, { roles: ['officer'] });
    expect((await passwordStep(t, user.email, nextIp(), 'wrong-password-1')).statusCode).toBe(401);
    const [session] = await sessionsOf(user.email, user.id, 1);
    expect((await t.as(session!, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['auth.login.failed', 'auth.login.succeeded', 'auth.logout']));
  });

  it('refuses the public (401)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/sessions' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sessions/sign-out-everywhere' })).statusCode).toBe(401);
  });
});

describe('single sign-on sessions (issue 15)', () => {
  it('issue 15: a single sign-on session of an administrator is not asked for a second factor, and is listed as such', async () => {
    const admin = await makeUser(t.database.db, { roles: ['admin'] });
    const started = await t.database.db.transaction().execute((trx) =>
      startSession(trx, systemContext('test'), admin, t.app.authSettings, { userAgent: 'SSO browser', at: new Date(), method: 'oidc' }),
    );
    expect(started.twoFactorEnrolmentRequired).toBe(false);
    const session = { cookie: `samverkan_session=${started.sessionId}`, csrfToken: started.csrfToken, userId: admin.id, email: admin.email };
    expect((await t.as(session, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    const items = (await t.as(session, { method: 'GET', url: '/api/auth/sessions' })).json().items;
    expect(items).toEqual([expect.objectContaining({ method: 'oidc', current: true })]);
  });
});
