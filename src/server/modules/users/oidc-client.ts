import * as oidc from 'openid-client';
import type { OidcConfig } from '../../config/env';

/** What the callback learns about the person from the provider. */
export type ProviderIdentity = {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  idToken: string;
};

/** What a sign-in needs to remember until the provider sends the browser back. */
export type AuthorizationRequest = { url: URL; state: string; nonce: string; codeVerifier: string };

/**
 * The app's relying party at the provider (decision 014): discovery is done once per process and
 * done again after any failure, and the library fetches the provider's keys again when a token
 * names a key it has not seen (keys rotate without a restart).
 */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    readonly settings: OidcConfig,
    readonly redirectUri: string,
  ) {}

  /** The provider's configuration, discovered on first use and again after a failure. */
  discover(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret, clockToleranceSeconds, allowInsecureRequests } = this.settings;
      const attempt = oidc.discovery(
        new URL(issuer),
        clientId,
        { [oidc.clockTolerance]: clockToleranceSeconds },
        clientSecret === undefined ? oidc.None() : oidc.ClientSecretBasic(clientSecret),
        {
          // ID token signatures are checked against the provider's published keys too, not only
          // trusted for arriving over TLS: a token signed with an unknown key is refused.
          execute: allowInsecureRequests ? [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks] : [oidc.enableNonRepudiationChecks],
        },
      );
      attempt.catch(() => this.forget());
      this.configuration = attempt;
    }
    return this.configuration;
  }

  /** Drops the discovered configuration (and with it the cached keys): the next sign-in discovers afresh. */
  forget(): void {
    this.configuration = undefined;
  }

  /** A fresh authorization request with state, nonce and a PKCE challenge (S256). */
  async authorizationRequest(): Promise<AuthorizationRequest> {
    const configuration = await this.discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, state, nonce, codeVerifier };
  }

  /**
   * Redeems the provider's answer: the library checks state, issuer (the `iss` parameter and the
   * ID token's), nonce, signature, audience and times within the clock tolerance, and sends the
   * PKCE verifier; the user info endpoint adds the claims the ID token leaves out.
   */
  async redeem(callbackQuery: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<ProviderIdentity> {
    const configuration = await this.discover();
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = callbackQuery;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!tokens.id_token || !idClaims) throw new Error('no ID token');
      let claims: Record<string, unknown> = { ...idClaims };
      if (configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...info, ...claims };
      }
      return { issuer: idClaims.iss, subject: idClaims.sub, claims, idToken: tokens.id_token };
    } catch (error) {
      // A key the cached set lacks, a changed configuration: the next sign-in starts from discovery.
      if (!(error instanceof oidc.AuthorizationResponseError)) this.forget();
      throw error;
    }
  }

  /** The provider's end-session URL for RP-initiated logout, or undefined when it offers none. */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | undefined> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
      client_id: this.settings.clientId,
    });
  }
}
