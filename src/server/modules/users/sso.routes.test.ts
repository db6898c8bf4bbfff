import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startOidcTestProvider, type OidcTestProvider } from '../../../../tests/support/oidc-test-provider';
import { createTestApp, sessionCookieOf, type Session, type TestApp } from '../../../../tests/support/test-app';
import { systemContext } from '../../http/request-context';
import { hashSecret } from './secrets';

// Issue 15: staff single sign-on against a real OpenID Connect provider on the loopback address.
const PUBLIC_URL = 'http://samverkan.test';
let provider: OidcTestProvider;
let t: TestApp;
let admin: Session;

beforeAll(async () => {
  provider = await startOidcTestProvider({
    redirectUris: [`${PUBLIC_URL}/api/auth/oidc/callback`],
    postLogoutRedirectUris: [`${PUBLIC_URL}/login?reason=logged-out`],
  });
  t = await createTestApp({
    PUBLIC_URL,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_BUTTON_LABEL: 'Logga in med Stockholms stads inloggning',
  });
  admin = await t.loginAs('admin');
  for (const [claimValue, role] of [
    ['sg-handlaggare', 'officer'],
    ['sg-chefer', 'manager'],
    ['sg-ekonomer', 'economist'],
    ['sg-ekonomer', 'review_group'],
  ] as const) {
    const created = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue, role } });
    expect(created.statusCode).toBe(201);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
  await provider.close();
});
afterEach(() => {
  vi.useRealTimers();
});

let people = 0;
function person(groups: string[]): string {
  people += 1;
  const login = `person-${people}-${Date.now().toString(36)}`;
  provider.accounts.set(login, { email: `${login}@stockholm.example`, name: `Person ${people}`, groups });
  return login;
}

/** Starts a sign-in in the app and returns the provider's answer with the state cookie this browser got. */
async function throughProvider(login: string, returnTo = '/organisationer') {
  const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}` });
  expect(start.statusCode).toBe(302);
  const stateCookie = start.cookies.find((c) => c.name === 'samverkan_sso_state');
  expect(stateCookie?.httpOnly).toBe(true);
  const callbackUrl = await provider.signIn(String(start.headers.location), login);
  expect(callbackUrl.pathname).toBe('/api/auth/oidc/callback');
  return { callbackUrl, cookie: `samverkan_sso_state=${stateCookie?.value ?? ''}` };
}

function callback(url: URL, cookie: string | undefined) {
  return t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: cookie ? { cookie } : {} });
}

async function signIn(login: string, returnTo?: string) {
  const { callbackUrl, cookie } = await throughProvider(login, returnTo);
  return callback(callbackUrl, cookie);
}

async function sessionOf(response: { cookies: { name: string; value: string }[] }) {
  const cookie = sessionCookieOf(response as never);
  const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
  return { cookie, session };
}

async function userByEmail(email: string) {
  return t.database.db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
}

async function audits(action: string, entityId?: string | null) {
  let query = t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action);
  if (entityId) query = query.where('entity_id', '=', entityId);
  return query.orderBy('id').execute();
}

describe('single sign-on', () => {
  it('tells the login page that single sign-on is on, with its label', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/methods' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ sso: { enabled: true, label: 'Logga in med Stockholms stads inloggning' }, staffPasswords: true });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, keeping only a hash of the state', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const url = new URL(String(start.headers.location));
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);
    const state = url.searchParams.get('state') ?? '';
    expect(url.searchParams.get('nonce')).toBeTruthy();
    const pending = await t.database.db.selectFrom('sso_pending_login').selectAll().where('state_hash', '=', hashSecret(state)).executeTakeFirst();
    expect(pending?.return_to).toBe('/');
  });

  it('creates the account with the mapped role at the first sign-in and returns to the page asked for', async () => {
    const login = person(['sg-handlaggare', 'unmapped-group']);
    const response = await signIn(login, '/organisationer?q=abc');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/organisationer?q=abc');
    const { session } = await sessionOf(response);
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ email: `${login}@stockholm.example`, roles: ['officer'], name: expect.stringMatching(/^Person /) });
    const user = await userByEmail(`${login}@stockholm.example`);
    expect(await audits('sso.account.created', user.id)).toHaveLength(1);
    const signIns = await audits('auth.login.succeeded', user.id);
    expect(signIns[0]?.changes).toMatchObject({ method: { after: 'oidc' } });
    // No password matches an account made by single sign-on.
    const password = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: '!sso-only' } });
    expect(password.statusCode).toBe(401);
  });

  it('gives several roles when groups map to several, and never partner', async () => {
    const login = person(['sg-ekonomer', 'sg-chefer']);
    const { session } = await sessionOf(await signIn(login));
    expect(session.json().user.roles).toEqual(['manager', 'review_group', 'economist']);
    const partner = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue: 'x', role: 'partner' } });
    expect(partner.statusCode).toBe(400);
  });

  it('changes the role at the next sign-in when the group claim changes, and audits it', async () => {
    const login = person(['sg-handlaggare']);
    await signIn(login);
    provider.accounts.set(login, { ...provider.accounts.get(login)!, groups: ['sg-chefer'], name: 'Nytt Namn' });
    const { session } = await sessionOf(await signIn(login));
    expect(session.json().user).toMatchObject({ roles: ['manager'], name: 'Nytt Namn' });
    const user = await userByEmail(`${login}@stockholm.example`);
    const [updated] = await audits('sso.account.updated', user.id);
    expect(updated?.changes).toMatchObject({ roles: { before: ['officer'], after: ['manager'] } });
  });

  it('disables the account, ends its sessions and refuses the sign-in when no group maps to a role any more', async () => {
    const login = person(['sg-handlaggare']);
    const first = await sessionOf(await signIn(login));
    provider.accounts.set(login, { ...provider.accounts.get(login)!, groups: [] });
    const refused = await signIn(login);
    expect(refused.statusCode).toBe(302);
    expect(refused.headers.location).toBe('/login?sso_error=no_role');
    expect(refused.cookies.find((c) => c.name === 'samverkan_session')).toBeUndefined();
    const user = await userByEmail(`${login}@stockholm.example`);
    expect(user.status).toBe('disabled');
    const earlier = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: first.cookie } });
    expect(earlier.statusCode).toBe(401);
    expect(await audits('sso.account.disabled', user.id)).toHaveLength(1);
    const [refusal] = await audits('sso.login.refused', user.id);
    expect(refusal?.changes).toMatchObject({ reason: { after: 'no_role' } });

    // When the claims give a role again, the account that claims disabled comes back.
    provider.accounts.set(login, { ...provider.accounts.get(login)!, groups: ['sg-handlaggare'] });
    const again = await sessionOf(await signIn(login));
    expect(again.session.json().user).toMatchObject({ status: 'active', roles: ['officer'] });
  });

  it('keeps an account an administrator disabled disabled, whatever the claims say', async () => {
    const login = person(['sg-handlaggare']);
    await signIn(login);
    const user = await userByEmail(`${login}@stockholm.example`);
    const disable = await t.as(admin, { method: 'POST', url: `/api/users/${user.id}/disable`, payload: { version: user.version } });
    expect(disable.statusCode).toBe(200);
    const refused = await signIn(login);
    expect(refused.headers.location).toBe('/login?sso_error=account_disabled');
    expect((await userByEmail(user.email)).status).toBe('disabled');
  });

  it('refuses a tampered state, a state from another browser and a replayed answer, and audits each', async () => {
    const login = person(['sg-handlaggare']);
    const before = (await audits('sso.login.refused')).length;

    const tampered = await throughProvider(login);
    const wrongState = new URL(tampered.callbackUrl);
    wrongState.searchParams.set('state', 'tampered-state');
    expect((await callback(wrongState, tampered.cookie)).headers.location).toBe('/login?sso_error=state');

    const otherBrowser = await throughProvider(login);
    expect((await callback(otherBrowser.callbackUrl, undefined)).headers.location).toBe('/login?sso_error=state');

    const replayed = await throughProvider(login);
    expect((await callback(replayed.callbackUrl, replayed.cookie)).statusCode).toBe(302);
    expect((await callback(replayed.callbackUrl, replayed.cookie)).headers.location).toBe('/login?sso_error=state');

    const rows = (await audits('sso.login.refused')).slice(before);
    expect(rows.map((r) => (r.changes as { reason: { after: string } }).reason.after)).toEqual(['state', 'state', 'state']);
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const login = person(['sg-handlaggare']);
    const { callbackUrl, cookie } = await throughProvider(login);
    const stateHash = hashSecret(callbackUrl.searchParams.get('state') ?? '');
    await t.database.db.updateTable('sso_pending_login').set({ nonce: 'another-nonce' }).where('state_hash', '=', stateHash).execute();
    const response = await callback(callbackUrl, cookie);
    expect(response.headers.location).toBe('/login?sso_error=verification');
    const rows = await audits('sso.login.refused');
    expect(rows.at(-1)?.changes).toMatchObject({ reason: { after: 'verification' } });
  });

  it('refuses an answer naming another issuer', async () => {
    const login = person(['sg-handlaggare']);
    const { callbackUrl, cookie } = await throughProvider(login);
    expect(callbackUrl.searchParams.get('iss')).toBe(provider.issuer);
    callbackUrl.searchParams.set('iss', 'https://evil.example');
    const response = await callback(callbackUrl, cookie);
    expect(response.headers.location).toBe('/login?sso_error=verification');
  });

  it('sends an error from the provider back to the login page', async () => {
    const { callbackUrl, cookie } = await throughProvider(person(['sg-handlaggare']));
    const denied = new URL(`${PUBLIC_URL}/api/auth/oidc/callback`);
    denied.searchParams.set('state', callbackUrl.searchParams.get('state') ?? '');
    denied.searchParams.set('error', 'access_denied');
    expect((await callback(denied, cookie)).headers.location).toBe('/login?sso_error=provider');
  });

  it('answers a callback without parameters and a return path to another site without failing', async () => {
    const bare = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/callback' });
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/login?sso_error=state');
    const login = person(['sg-handlaggare']);
    const elsewhere = await signIn(login, '//evil.example/steal');
    expect(elsewhere.headers.location).toBe('/');
  });

  it('ends the session and gives the provider end-session URL on logout (RP-initiated logout)', async () => {
    const login = person(['sg-handlaggare']);
    const { cookie, session } = await sessionOf(await signIn(login));
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/logout',
      headers: { cookie, 'x-csrf-token': session.json().csrfToken },
    });
    expect(logout.statusCode).toBe(200);
    const redirectTo = new URL(logout.json().redirectTo);
    expect(redirectTo.origin).toBe(provider.issuer);
    expect(redirectTo.searchParams.get('id_token_hint')).toBeTruthy();
    expect(redirectTo.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/login?reason=logged-out`);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(await t.database.db.selectFrom('sso_session').selectAll().execute()).not.toContainEqual(
      expect.objectContaining({ session_id_hash: hashSecret(cookie.split('=')[1] ?? '') }),
    );
    // The provider accepts the end-session request it is sent to.
    const atProvider = await fetch(redirectTo, { redirect: 'manual' });
    expect(atProvider.status).toBe(200);
  });

  it('logs a password session out to the login page, and the old logout still answers 204', async () => {
    const officer = await t.loginAs('officer');
    const logout = await t.as(officer, { method: 'POST', url: '/api/auth/oidc/logout' });
    expect(logout.json()).toEqual({ redirectTo: '/login?reason=logged-out' });
    const sso = await sessionOf(await signIn(person(['sg-handlaggare'])));
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: sso.cookie, 'x-csrf-token': sso.session.json().csrfToken },
    });
    expect(plain.statusCode).toBe(204);
  });

  it("uses the provider's new key after a rotation without restarting the app", async () => {
    const login = person(['sg-handlaggare']);
    expect((await signIn(login)).headers.location).toBe('/organisationer');
    const oldKid = provider.currentKid();
    provider.rotateKeys();
    expect(provider.currentKid()).not.toBe(oldKid);
    // The library fetches the provider's keys again for an unknown key once its copy is a minute old.
    vi.setSystemTime(Date.now() + 2 * 60_000);
    const response = await signIn(login);
    expect(response.headers.location).toBe('/organisationer');
    const { cookie } = await sessionOf(response);
    const row = await t.database.db
      .selectFrom('sso_session')
      .select('id_token')
      .where('session_id_hash', '=', hashSecret(cookie.split('=')[1] ?? ''))
      .executeTakeFirstOrThrow();
    const header = JSON.parse(Buffer.from(row.id_token.split('.')[0] ?? '', 'base64url').toString()) as { kid: string };
    expect(header.kid).toBe(provider.currentKid());
  });
  it('refuses a token signed with a key rotated in this very minute once, then discovers the keys afresh', async () => {
    const login = person(['sg-handlaggare']);
    expect((await signIn(login)).headers.location).toBe('/organisationer');
    provider.rotateKeys();
    expect((await signIn(login)).headers.location).toBe('/login?sso_error=verification');
    expect((await signIn(login)).headers.location).toBe('/organisationer');
  });
});

describe('role mappings', () => {
  it('lists, refuses a duplicate, and removes with an audit row', async () => {
    const created = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue: '  sg-admin  ', role: 'admin' } });
    expect(created.json()).toMatchObject({ claimValue: 'sg-admin', role: 'admin' });
    const duplicate = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue: 'sg-admin', role: 'admin' } });
    expect(duplicate.statusCode).toBe(409);
    const list = await t.as(admin, { method: 'GET', url: '/api/sso/role-mappings' });
    expect(list.json().items).toContainEqual(expect.objectContaining({ claimValue: 'sg-admin', role: 'admin' }));
    const removed = await t.as(admin, { method: 'DELETE', url: `/api/sso/role-mappings/${created.json().id}` });
    expect(removed.statusCode).toBe(204);
    expect(await audits('sso.role-mapping.deleted', created.json().id)).toHaveLength(1);
    const again = await t.as(admin, { method: 'DELETE', url: `/api/sso/role-mappings/${created.json().id}` });
    expect(again.statusCode).toBe(404);
  });

  it('answers bad input with 400 and field errors', async () => {
    const empty = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue: ' ', role: 'officer' } });
    expect(empty.statusCode).toBe(400);
    const long = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue: 'x'.repeat(501), role: 'officer' } });
    expect(long.statusCode).toBe(400);
  });
});

describe('passwords for staff', () => {
  async function setStaffPasswords(value: boolean) {
    const { listSettings, updateSetting } = await import('../organisations/settings.service');
    const ctx = systemContext('test');
    const current = (await listSettings(t.database.db, ctx)).find((s) => s.key === 'auth.staff_local_passwords');
    await updateSetting(t.database.db, ctx, 'auth.staff_local_passwords', { value, version: current?.version ?? 0 });
  }

  it('refuses a staff password sign-in when turned off, while partners and the break-glass account still sign in', async () => {
    const { makeUser, DEMO_PASSWORD } = await import('../../../../tests/support/factories');
    const { markBreakGlassAccount } = await import('./sso.repository');
    const db = t.database.db;
    const officer = await makeUser(db, { roles: ['officer'] });
    const otherAdmin = await makeUser(db, { roles: ['admin'] });
    const partner = await makeUser(db, { roles: ['partner'] });
    const breakGlass = await makeUser(db, { roles: ['admin'] });
    await db.deleteFrom('break_glass_account').execute();
    await markBreakGlassAccount(db, breakGlass.id);
    await setStaffPasswords(false);
    try {
      const methods = await t.app.inject({ method: 'GET', url: '/api/auth/methods' });
      expect(methods.json().staffPasswords).toBe(false);
      const login = (email: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
      const refused = await login(officer.email);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'staff_passwords_off', title: expect.stringContaining('kommunens inloggning') });
      expect((await login(otherAdmin.email)).statusCode).toBe(403);
      expect((await login(partner.email)).statusCode).toBe(200);
      expect((await login(breakGlass.email)).statusCode).toBe(200);
      const [failed] = await audits('auth.login.failed', officer.id);
      expect(failed?.changes).toMatchObject({ reason: { after: 'staff_passwords_off' } });
    } finally {
      await setStaffPasswords(true);
    }
  });
});
