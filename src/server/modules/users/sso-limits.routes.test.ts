import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startOidcTestProvider, type OidcTestProvider } from '../../../../tests/support/oidc-test-provider';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { consumeRateLimit } from '../initiatives/rate-limit';
import { SSO_START_LIMIT } from './sso.service';

// Issue 15: the single sign-on start is rate limited per address, and the ID token's times are
// checked within the configured clock tolerance, against a real provider on the loopback address.
const PUBLIC_URL = 'http://samverkan.test';
/** Short-lived ID tokens, as many city providers issue, so that a clock a few minutes off matters. */
const ID_TOKEN_TTL_SECONDS = 300;
/** Above the library's own default (30 s), so the test fails unless the setting reaches the library. */
const TOLERANCE_SECONDS = 60;

let provider: OidcTestProvider;
let t: TestApp;

beforeAll(async () => {
  provider = await startOidcTestProvider({
    redirectUris: [`${PUBLIC_URL}/api/auth/oidc/callback`],
    postLogoutRedirectUris: [`${PUBLIC_URL}/login?reason=logged-out`],
    idTokenTtlSeconds: ID_TOKEN_TTL_SECONDS,
  });
  t = await createTestApp({
    PUBLIC_URL,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_CLOCK_TOLERANCE_SECONDS: String(TOLERANCE_SECONDS),
  });
  const admin: Session = await t.loginAs('admin');
  const mapping = await t.as(admin, { method: 'POST', url: '/api/sso/role-mappings', payload: { claimValue: 'sg-handlaggare', role: 'officer' } });
  expect(mapping.statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await t.close();
  await provider.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const start = (remoteAddress: string) => t.app.inject({ method: 'GET', url: '/api/auth/oidc/start', remoteAddress });

async function count(table: 'rate_limit_hit' | 'sso_pending_login'): Promise<number> {
  const row = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the single sign-on start is rate limited per address', () => {
  it('sends an address over the limit back to the login page with busy and Retry-After, storing nothing', async () => {
    const address = '198.51.100.7';
    const hitsBefore = await count('rate_limit_hit');
    const first = await start(address);
    expect(first.statusCode).toBe(302);
    expect(String(first.headers.location)).toMatch(new RegExp(`^${provider.issuer}/`));
    expect(await count('rate_limit_hit')).toBe(hitsBefore + 1);
    // The rest of the allowance, counted as the route counts it.
    for (let i = 1; i < SSO_START_LIMIT.max; i += 1) await consumeRateLimit(t.database.db, SSO_START_LIMIT, address);

    const pendingBefore = await count('sso_pending_login');
    const refused = await start(address);
    expect(refused.statusCode).toBe(302);
    expect(refused.headers.location).toBe('/login?sso_error=busy');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SSO_START_LIMIT.windowSeconds);
    expect(refused.cookies.find((c) => c.name === 'samverkan_sso_state')).toBeUndefined();
    expect(await count('sso_pending_login')).toBe(pendingBefore);

    // Another address is not held up.
    expect(String((await start('198.51.100.8')).headers.location)).toMatch(new RegExp(`^${provider.issuer}/`));
  });
});

describe('the clock tolerance of single sign-on', () => {
  let people = 0;

  /**
   * Signs a person in while the app's clock runs `seconds` ahead of the provider's: the provider
   * issues the ID token at its own time, and from the moment its answer arrives the app's clock
   * reads later (provider and app share one process, so the app's clock is moved only then).
   */
  async function signInWithAppClockAhead(seconds: number) {
    people += 1;
    const login = `clock-${people}-${Date.now().toString(36)}`;
    provider.accounts.set(login, { email: `${login}@stockholm.example`, name: `Klocka ${people}`, groups: ['sg-handlaggare'] });
    const begun = await start('192.0.2.10');
    const stateCookie = begun.cookies.find((c) => c.name === 'samverkan_sso_state');
    const callbackUrl = await provider.signIn(String(begun.headers.location), login);
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const response = await realFetch(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url === `${provider.issuer}/token`) vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + seconds * 1000 });
      return response;
    });
    const response = await t.app.inject({
      method: 'GET',
      url: `${callbackUrl.pathname}${callbackUrl.search}`,
      headers: { cookie: `samverkan_sso_state=${stateCookie?.value ?? ''}` },
      remoteAddress: '192.0.2.10',
    });
    vi.restoreAllMocks();
    vi.useRealTimers();
    return { response, email: `${login}@stockholm.example` };
  }

  it('accepts an ID token that expired by the app clock less than the tolerance ago', async () => {
    // The token expired 45 s ago by the app's clock: within 60 s, but beyond the library's default 30 s.
    const { response, email } = await signInWithAppClockAhead(ID_TOKEN_TTL_SECONDS + TOLERANCE_SECONDS - 15);
    expect(response.headers.location).toBe('/');
    const user = await t.database.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst();
    expect(user).toBeDefined();
  });

  it('refuses one that expired longer ago than the tolerance, with the verification reason, and audits it', async () => {
    const { response, email } = await signInWithAppClockAhead(ID_TOKEN_TTL_SECONDS + TOLERANCE_SECONDS + 30);
    expect(response.headers.location).toBe('/login?sso_error=verification');
    expect(await t.database.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();
    const refusal = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'sso.login.refused')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(refusal.actor_type).toBe('anonymous');
    expect(refusal.changes).toMatchObject({
      reason: { after: 'verification' },
      cause: { after: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' },
    });
  });
});
