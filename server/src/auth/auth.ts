import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import { clearCookieHeader, cookieHeader, readCookies, SESSION_COOKIE, SIGN_IN_COOKIE } from './cookies.ts';
import { errorPage } from './error-page.ts';
import { PENDING_TTL_MS, PendingSignIns } from './pending-sign-ins.ts';
import { RateLimiter } from './rate-limit.ts';
import { ProviderUnavailableError, RelyingParty, type RelyingPartySettings } from './relying-party.ts';
import { safeReturnTo } from './return-to.ts';
import { viewerFromClaims, type ClaimNames, type RoleMap } from './roles.ts';
import { SessionStore, type Session, type SessionLimits } from './session-store.ts';
import { sameToken } from './tokens.ts';
import { ANONYMOUS, type RequestAuth } from './viewer.ts';

const RATE_WINDOW_MS = 60_000;
const NO_STORE = { 'cache-control': 'no-store' };

export interface AuthOptions {
  logger: Logger;
  sessions: SessionLimits;
  /** Sign-in starts, and separately callbacks, per client address per minute. */
  signInLimitPerMinute: number;
  claimNames: ClaimNames;
  roleMap: RoleMap;
}

/** The answer of GET /auth/session. */
export interface SessionInfo {
  signedIn: boolean;
  name: string | null;
  email: string | null;
  roles: string[];
  csrfToken: string | null;
  /** False while no identity provider is connected (production without OIDC_ISSUER). */
  signInAvailable: boolean;
}

/** A sign-in that cannot complete: the page's status and stable code; `level` is how the log sees it. */
class SignInRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    message: string,
    readonly level: 'info' | 'warn' | 'error' = 'info',
  ) {
    super(message);
  }
}

/** The socket's address, never a forwarding header: a client can set those to anything. */
const clientAddress = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

/** Only what identifies the failure, never its message: messages may quote claim values. */
function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const oauthError = (error as { error?: unknown }).error;
  return { name: error.name, ...(typeof code === 'string' ? { code } : {}), ...(typeof oauthError === 'string' ? { oauthError } : {}) };
}

/** The provider said no to what the client brought (a used or forged code, a wrong issuer or signature). */
function isProtocolFailure(error: unknown): boolean {
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError || error instanceof oidc.WWWAuthenticateChallengeError) return true;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('OAUTH_');
}

/**
 * Sign-in (OpenID Connect authorization code flow with PKCE), server-side sessions and the CSRF
 * token, and the RequestAuth of each GraphQL request. Created before the server listens;
 * `connect` attaches the identity provider once this server's public URL is known.
 */
export class Auth {
  readonly sessions: SessionStore;
  readonly #pending = new PendingSignIns();
  readonly #loginLimit: RateLimiter;
  readonly #callbackLimit: RateLimiter;
  readonly #log: Logger;
  #relyingParty: RelyingParty | undefined;

  constructor(private readonly options: AuthOptions) {
    this.sessions = new SessionStore(options.sessions);
    this.#loginLimit = new RateLimiter(options.signInLimitPerMinute, RATE_WINDOW_MS);
    this.#callbackLimit = new RateLimiter(options.signInLimitPerMinute, RATE_WINDOW_MS);
    this.#log = options.logger.child({ component: 'auth' });
  }

  /** Attaches the identity provider; discovery starts now so the first sign-in does not wait for it. */
  connect(settings: RelyingPartySettings): RelyingParty {
    this.#relyingParty = new RelyingParty(settings);
    this.#relyingParty.configuration().catch((error: unknown) => this.#log.warn({ err: errorSummary(error) }, 'identity provider discovery failed; sign-in will try again'));
    return this.#relyingParty;
  }

  get connected(): boolean {
    return this.#relyingParty !== undefined;
  }

  /** Who a request is, from its session cookie only; the CSRF token from its `x-csrf-token` header. */
  authenticate(request: IncomingMessage): RequestAuth {
    const session = this.#sessionOf(request);
    if (!session) return ANONYMOUS;
    return Object.freeze({ viewer: session.viewer, csrfVerified: this.#csrfMatches(request, session) });
  }

  /** Answers /auth/login, /auth/callback, /auth/logout and /auth/session. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> {
    const method = request.method ?? 'GET';
    const expected = url.pathname === '/auth/logout' ? 'POST' : 'GET';
    if (method !== expected && !(expected === 'GET' && method === 'HEAD')) {
      return this.#json(response, 405, { code: 'METHOD_NOT_ALLOWED', message: `${url.pathname} accepts ${expected} only.` }, { allow: expected });
    }
    switch (url.pathname) {
      case '/auth/session':
        return this.#json(response, 200, this.#sessionInfo(request));
      case '/auth/logout':
        return this.#logout(request, response);
      case '/auth/login':
      case '/auth/callback':
        try {
          await (url.pathname === '/auth/login' ? this.#login(request, response, url) : this.#callback(request, response, url, requestId));
        } catch (error) {
          if (!(error instanceof SignInRefusal)) throw error;
          this.#log[error.level]({ requestId, path: url.pathname, code: error.code }, 'sign-in refused');
          response.writeHead(error.status, { 'content-type': 'text/html; charset=utf-8', 'x-vmk-error-code': error.code, ...NO_STORE }).end(errorPage(error.code, error.title, error.message));
        }
        return;
      default:
        return this.#json(response, 404, { code: 'NOT_FOUND', message: 'No such sign-in route.' });
    }
  }

  #sessionOf(request: IncomingMessage): Session | undefined {
    return this.sessions.get(readCookies(request).get(SESSION_COOKIE));
  }

  #csrfMatches(request: IncomingMessage, session: Session): boolean {
    const given = request.headers['x-csrf-token'];
    return typeof given === 'string' && sameToken(given, session.csrfToken);
  }

  #sessionInfo(request: IncomingMessage): SessionInfo {
    const session = this.#sessionOf(request);
    const signInAvailable = this.connected;
    if (!session) return { signedIn: false, name: null, email: null, roles: [], csrfToken: null, signInAvailable };
    const { viewer, csrfToken } = session;
    return { signedIn: true, name: viewer.name, email: viewer.email, roles: [...viewer.roles], csrfToken, signInAvailable };
  }

  #json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers }).end(JSON.stringify(body));
  }

  /** 429 with Retry-After, or nothing when the client is within its limit. */
  #rateLimited(limiter: RateLimiter, request: IncomingMessage, response: ServerResponse): boolean {
    const admission = limiter.take(clientAddress(request));
    if (admission.allowed) return false;
    this.#log.warn({ path: (request.url ?? '').split('?')[0] }, 'sign-in rate limit reached');
    this.#json(response, 429, { code: 'RATE_LIMITED', message: 'Too many sign-in attempts. Wait a minute and try again.' }, { 'retry-after': String(admission.retryAfterSeconds) });
    return true;
  }

  #relyingPartyOrRefuse(): RelyingParty {
    if (!this.#relyingParty) throw new SignInRefusal(503, 'SIGN_IN_UNAVAILABLE', 'Sign-in is not available', 'This server has no identity provider configured. Reading needs no sign-in.');
    return this.#relyingParty;
  }

  async #login(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (this.#rateLimited(this.#loginLimit, request, response)) return;
    const returnTo = safeReturnTo(url.searchParams.get('returnTo'));
    if (returnTo === undefined) throw new SignInRefusal(400, 'BAD_RETURN_TO', 'Sign-in link not accepted', 'The page to return to after sign-in must be a page of this site.');
    const relyingParty = this.#relyingPartyOrRefuse();
    let started: Awaited<ReturnType<RelyingParty['start']>>;
    try {
      started = await relyingParty.start(returnTo);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
      throw new SignInRefusal(503, 'SIGN_IN_UNAVAILABLE', 'Sign-in is not available right now', 'The identity provider did not answer. Try again in a moment.', 'warn');
    }
    const id = this.#pending.add(started.pending);
    response.writeHead(303, { location: started.authorizationUrl.href, 'set-cookie': cookieHeader(SIGN_IN_COOKIE, id, { sameSite: 'Lax', maxAge: PENDING_TTL_MS / 1000 }), ...NO_STORE }).end();
  }

  async #callback(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> {
    if (this.#rateLimited(this.#callbackLimit, request, response)) return;
    // Whatever happens next, this sign-in is over: its cookie goes and its record is taken.
    response.setHeader('set-cookie', clearCookieHeader(SIGN_IN_COOKIE, 'Lax'));
    const relyingParty = this.#relyingPartyOrRefuse();
    const pending = this.#pending.take(readCookies(request).get(SIGN_IN_COOKIE));
    if (!pending) {
      throw new SignInRefusal(400, 'SIGN_IN_EXPIRED', 'This sign-in has expired', 'The sign-in was not started in this browser, took longer than 10 minutes, or was already completed. Start it again.');
    }
    const providerError = url.searchParams.get('error');
    if (providerError !== null) {
      throw new SignInRefusal(400, 'SIGN_IN_DENIED', 'Sign-in was not completed', 'The identity provider did not sign you in. Start again if you want to sign in.');
    }
    if (url.searchParams.get('state') !== pending.state) {
      throw new SignInRefusal(400, 'SIGN_IN_STATE_MISMATCH', 'Sign-in link not accepted', 'The answer from the identity provider does not belong to the sign-in started in this browser. Start it again.', 'warn');
    }
    // The URL the provider redirected to, rebuilt from the configured redirect URI (never from the Host header).
    const callbackUrl = new URL(relyingParty.settings.redirectUri);
    callbackUrl.search = url.search;
    let signedIn: Awaited<ReturnType<RelyingParty['finish']>>;
    try {
      signedIn = await relyingParty.finish(callbackUrl, pending);
    } catch (error) {
      if (isProtocolFailure(error)) {
        this.#log.warn({ requestId, err: errorSummary(error) }, 'the identity provider’s answer was refused');
        throw new SignInRefusal(400, 'SIGN_IN_FAILED', 'Sign-in failed', 'The answer from the identity provider could not be verified. Start the sign-in again.', 'warn');
      }
      if (error instanceof ProviderUnavailableError || error instanceof TypeError) {
        this.#log.warn({ requestId, err: errorSummary(error) }, 'the identity provider could not be reached');
        throw new SignInRefusal(503, 'SIGN_IN_UNAVAILABLE', 'Sign-in is not available right now', 'The identity provider did not answer. Try again in a moment.', 'warn');
      }
      throw error;
    }
    const viewer = viewerFromClaims(signedIn.claims, this.options.claimNames, this.options.roleMap);
    if (!viewer) {
      throw new SignInRefusal(403, 'SIGN_IN_NO_EMAIL', 'Sign-in needs an e-mail address', 'The identity provider did not tell us your e-mail address, which editing needs.', 'warn');
    }
    this.sessions.destroy(readCookies(request).get(SESSION_COOKIE));
    const { id } = this.sessions.create(viewer, signedIn.idToken);
    // Roles only: e-mail addresses and names stay out of the log.
    this.#log.info({ requestId, roles: viewer.roles }, 'signed in');
    response.writeHead(303, {
      location: pending.returnTo,
      'set-cookie': [clearCookieHeader(SIGN_IN_COOKIE, 'Lax'), cookieHeader(SESSION_COOKIE, id, { sameSite: 'Strict', maxAge: this.sessions.cookieMaxAgeSeconds })],
      ...NO_STORE,
    });
    response.end();
  }

  async #logout(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const id = readCookies(request).get(SESSION_COOKIE);
    const session = this.sessions.get(id);
    const clear = { 'set-cookie': clearCookieHeader(SESSION_COOKIE, 'Strict') };
    if (!session) return this.#json(response, 200, { signedIn: false, endSessionUrl: null }, clear);
    if (!this.#csrfMatches(request, session)) {
      return this.#json(response, 403, { code: 'FORBIDDEN', reason: 'CSRF', message: 'Sign-out needs the session’s CSRF token in the x-csrf-token header.' });
    }
    this.sessions.destroy(id);
    const endSessionUrl = (await this.#relyingParty?.endSessionUrl(session.idToken)) ?? null;
    this.#log.info('signed out');
    this.#json(response, 200, { signedIn: false, endSessionUrl }, clear);
  }
}
