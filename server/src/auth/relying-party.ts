import * as oidc from 'openid-client';

export interface RelyingPartySettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** This server's /auth/callback as the browser reaches it (registered with the provider). */
  redirectUri: URL;
  /** Where the provider sends the browser after its end_session (registered with the provider). */
  postLogoutRedirectUri: URL;
  scope: string;
  /** Only for the development provider on http://127.0.0.1; every other issuer must be https. */
  allowHttpIssuer: boolean;
}

/** What a sign-in in progress keeps on the server until the callback, bound to the browser by a cookie. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface SignedInClaims {
  claims: Record<string, unknown>;
  idToken: string | undefined;
}

/** The provider could not be reached or its discovery document was unusable: a 503, not the client's fault. */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';
}

/**
 * The OpenID Connect relying party (openid-client 6): discovery, the authorization URL with PKCE
 * (S256), state and nonce, the code exchange (which checks the ID token's signature, issuer,
 * audience, nonce and expiry, and the `iss` of the authorization response), userinfo.
 */
export class RelyingParty {
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: RelyingPartySettings) {}

  /** Discovery once; a failure is forgotten so the next sign-in tries again (the provider may be back). */
  configuration(): Promise<oidc.Configuration> {
    if (!this.#configuration) {
      const { issuer, clientId, clientSecret, allowHttpIssuer } = this.settings;
      this.#configuration = oidc
        .discovery(issuer, clientId, undefined, oidc.ClientSecretBasic(clientSecret), { timeout: 5, ...(allowHttpIssuer ? { execute: [oidc.allowInsecureRequests] } : {}) })
        .catch((error: unknown) => {
          this.#configuration = undefined;
          throw new ProviderUnavailableError(`OpenID Connect discovery failed: ${error instanceof Error ? error.name : 'unknown error'}`, { cause: error });
        });
    }
    return this.#configuration;
  }

  async start(returnTo: string): Promise<{ pending: PendingSignIn; authorizationUrl: URL }> {
    const configuration = await this.configuration();
    const pending: PendingSignIn = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), returnTo };
    const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { pending, authorizationUrl };
  }

  /**
   * Exchanges the code of `callbackUrl` and returns the ID token's claims, completed from userinfo
   * where the ID token lacks them (providers that keep the ID token small). Throws openid-client's
   * errors for a wrong state, issuer, signature, nonce or a code used before.
   */
  async finish(callbackUrl: URL, pending: PendingSignIn): Promise<SignedInClaims> {
    const configuration = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the token response had no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
      const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      claims = { ...userinfo, ...idClaims };
    }
    return { claims, idToken: tokens.id_token };
  }

  /** The provider's end_session URL for this session, when it has one (RP-initiated logout). */
  async endSessionUrl(idToken: string | undefined): Promise<string | undefined> {
    const configuration = await this.configuration().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return undefined;
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.settings.postLogoutRedirectUri.href, client_id: this.settings.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(configuration, parameters).href;
  }
}
