import { describe, expect, it } from 'vitest';
import { loadConfig } from './env';

// Issue 15, decision 014: single sign-on is configured from the environment.
describe('single sign-on configuration', () => {
  it('is off without an issuer and a client id', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('takes the issuer, client, scopes, groups claim, clock tolerance and label, with defaults', () => {
    const config = loadConfig({ OIDC_ISSUER: 'https://login.kommun.se', OIDC_CLIENT_ID: 'samverkan', OIDC_CLIENT_SECRET: 's3cret' });
    expect(config.oidc).toEqual({
      issuer: 'https://login.kommun.se',
      clientId: 'samverkan',
      clientSecret: 's3cret',
      scopes: 'openid profile email',
      groupsClaim: 'groups',
      clockToleranceSeconds: 60,
      buttonLabel: undefined,
      allowInsecureRequests: false,
    });
  });

  it('needs the issuer and the client id together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.kommun.se' })).toThrow(/OIDC_ISSUER and OIDC_CLIENT_ID/);
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'samverkan' })).toThrow(/OIDC_ISSUER and OIDC_CLIENT_ID/);
  });

  it('allows plain http only on the loopback address', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'http://login.kommun.se', OIDC_CLIENT_ID: 'x' })).toThrow(/https/);
    expect(loadConfig({ OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'x' }).oidc?.allowInsecureRequests).toBe(true);
  });

  it('refuses scopes without openid and a clock tolerance out of range', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://a.se', OIDC_CLIENT_ID: 'x', OIDC_SCOPES: 'profile email' })).toThrow(/openid/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://a.se', OIDC_CLIENT_ID: 'x', OIDC_CLOCK_TOLERANCE_SECONDS: '-1' })).toThrow(/OIDC_CLOCK_TOLERANCE_SECONDS/);
  });
});
