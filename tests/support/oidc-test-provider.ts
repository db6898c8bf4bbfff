import { generateKeyPairSync, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** What the provider says about a person: their claims, groups among them. */
export type TestAccount = { email: string; name: string; groups: string[] };

export type OidcTestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people the provider knows, by login (the subject); tests change their groups at will. */
  accounts: Map<string, TestAccount>;
  /** Points the client at the app once its address is known (a browser journey's server). */
  setClientUris: (uris: { redirectUris: string[]; postLogoutRedirectUris: string[] }) => void;
  /** Replaces the provider's signing key with a new one (a new `kid`), without restarting it. */
  rotateKeys: () => void;
  /** The id (`kid`) of the key tokens are signed with now. */
  currentKid: () => string;
  /**
   * Signs a person in at the provider the way a browser would: follows the authorization URL,
   * fills the provider's login form and returns the URL the provider sends the browser back to.
   */
  signIn: (authorizationUrl: string, login: string) => Promise<URL>;
  close: () => Promise<void>;
};

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
}

/** A cookie jar of name=value pairs, enough for the provider's own cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on the loopback address and a random port for
 * tests: one confidential client with PKCE required, the login form of its development
 * interactions (any password), consent given without asking, RP-initiated logout on.
 */
export async function startOidcTestProvider(options: {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** How long an ID token lives (the provider's default is an hour; many city providers use minutes). */
  idTokenTtlSeconds?: number;
}): Promise<OidcTestProvider> {
  const accounts = new Map<string, TestAccount>();
  const clientId = 'samverkan';
  const clientSecret = `secret-${randomUUID()}`;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let key = signingKey();
  let clientUris = options;

  const configuration = (): Configuration => ({
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: clientUris.redirectUris,
        post_logout_redirect_uris: clientUris.postLogoutRedirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [key] },
    cookies: { keys: ['test-provider-cookie-key'] },
    pkce: { required: () => true },
    ...(options.idTokenTtlSeconds !== undefined ? { ttl: { IdToken: options.idTokenTtlSeconds } } : {}),
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: account.email, email_verified: true, name: account.name, groups: account.groups }),
      };
    },
    // A first-party client: consent is given without a page.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const oidc = ctx.oidc;
      const clientIdOf = oidc.client?.clientId ?? clientId;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientIdOf);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: clientIdOf, accountId: oidc.session?.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  let provider = new Provider(issuer, configuration());
  server.on('request', (req, res) => void provider.callback()(req, res));

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    setClientUris: (uris) => {
      clientUris = uris;
      provider = new Provider(issuer, configuration());
    },
    rotateKeys: () => {
      key = signingKey();
      // The same issuer, client and stored sessions (the memory adapter is shared); only the key is new.
      provider = new Provider(issuer, configuration());
    },
    currentKid: () => key.kid,
    signIn: async (authorizationUrl, login) => {
      const jar = new CookieJar();
      let url = new URL(authorizationUrl);
      for (let step = 0; step < 10; step += 1) {
        if (!url.href.startsWith(issuer)) return url;
        const isLoginForm = url.pathname.startsWith('/interaction/');
        const response = await fetch(url, {
          method: isLoginForm ? 'POST' : 'GET',
          redirect: 'manual',
          headers: {
            cookie: jar.header(),
            ...(isLoginForm ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          ...(isLoginForm ? { body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString() } : {}),
        });
        jar.store(response);
        const location = response.headers.get('location');
        if (!location) throw new Error(`provider answered ${response.status} at ${url.pathname}: ${(await response.text()).slice(0, 300)}`);
        url = new URL(location, url);
      }
      throw new Error('too many redirects at the provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
