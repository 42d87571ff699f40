/**
 * Signing in over real HTTP, the way a browser does: /auth/login → the development provider's
 * authorize endpoint → its login form → its redirect back → /auth/callback → the session cookie.
 * Nothing is short-circuited: PKCE, state, nonce and the ID token's signature are checked as in
 * production. For the lead's tests: `startAuthServer`, `signIn`, `postGraphQLAs`.
 */
import type { SessionInfo } from '../../server/src/auth/auth.ts';
import { SESSION_COOKIE } from '../../server/src/auth/cookies.ts';
import { connectSignIn, createAuthFromConfig, type SignInConnection } from '../../server/src/auth/wiring.ts';
import { loadConfig } from '../../server/src/config.ts';
import { DEV_PASSWORD } from '../../server/src/identity-provider/dev-users.ts';
import type { Resolvers } from '../../server/src/generated/graphql.ts';
import type { ConnectionSettings } from '../../server/src/neo4j/database.ts';
import type { GraphQLResponse } from './graphql.ts';
import { startOwnServer, type OwnServer } from './own-server.ts';

export { DEV_PASSWORD };

export interface AuthServer extends OwnServer {
  signIn: SignInConnection;
}

/**
 * startOwnServer with sign-in: sessions, CSRF and a development identity provider on a free port.
 * `env` sets any auth variable of config.ts; the sign-in rate limit is 1,000 a minute unless
 * `VMK_SIGN_IN_RATE_LIMIT` says otherwise (a test file signs in more than 10 times a minute).
 */
export async function startAuthServer(
  settings: ConnectionSettings,
  options: { extra?: { typeDefs: string; resolvers: Resolvers }; env?: Record<string, string>; maxInFlight?: number } = {},
): Promise<AuthServer> {
  const config = loadConfig({ NODE_ENV: 'test', VMK_SIGN_IN_RATE_LIMIT: '1000', ...options.env });
  const server = await startOwnServer(settings, options.extra, { maxInFlight: options.maxInFlight, auth: (logger) => createAuthFromConfig(config, logger) });
  if (!server.auth) throw new Error('startOwnServer did not create the auth object');
  let signIn: SignInConnection;
  try {
    signIn = await connectSignIn(server.auth, config, server.baseUrl, server.logger);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ...server,
    signIn,
    close: async () => {
      await server.close();
      await signIn.stop();
    },
  };
}

/** Cookies per origin, as much of RFC 6265 as this flow needs (path and expiry by Max-Age=0 only). */
export class CookieJar {
  readonly #byOrigin = new Map<string, Map<string, string>>();

  store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const cookies = this.#byOrigin.get(url.origin) ?? new Map<string, string>();
      this.#byOrigin.set(url.origin, cookies);
      if (attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  get(url: URL, name: string): string | undefined {
    return this.#byOrigin.get(url.origin)?.get(name);
  }

  header(url: URL): string {
    return [...(this.#byOrigin.get(url.origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** One request with the jar's cookies, redirects not followed. */
export async function send(jar: CookieJar, url: URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

export interface Hop {
  url: URL;
  status: number;
}

/**
 * Follows redirects like a browser (GET after 302/303) until an answer that is not a redirect,
 * or until `stopBefore(url)` says the next URL is to be left to the caller.
 */
export async function follow(jar: CookieJar, start: URL, init: RequestInit = {}, stopBefore: (url: URL) => boolean = () => false): Promise<{ response: Response | undefined; url: URL; hops: Hop[] }> {
  const hops: Hop[] = [];
  let url = start;
  let response = await send(jar, url, init);
  hops.push({ url, status: response.status });
  for (let i = 0; i < 20 && response.status >= 300 && response.status < 400; i += 1) {
    const location = response.headers.get('location');
    if (!location) break;
    url = new URL(location, url);
    if (stopBefore(url)) return { response: undefined, url, hops };
    await response.body?.cancel();
    response = await send(jar, url);
    hops.push({ url, status: response.status });
  }
  return { response, url, hops };
}

/** The login form's action (the development provider's /interaction/:uid), read from its HTML. */
function formAction(html: string, pageUrl: URL): URL {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form on ${pageUrl.href}`);
  return new URL(action.replaceAll('&amp;', '&'), pageUrl);
}

export interface LoginAttempt {
  jar: CookieJar;
  /** The answer to the login form's POST when it did not lead back to the app (a wrong password: 401 and the form again). */
  refused: { status: number; html: string } | undefined;
  /** The app's /auth/callback?code=…&state=… the provider redirected to, not yet visited. */
  callbackUrl: URL | undefined;
}

/** Everything up to, not including, the app's /auth/callback: start, the provider's form, the login POST. */
export async function loginAtProvider(baseUrl: string, email: string, password: string, options: { returnTo?: string; jar?: CookieJar } = {}): Promise<LoginAttempt> {
  const jar = options.jar ?? new CookieJar();
  const login = new URL('/auth/login', baseUrl);
  if (options.returnTo !== undefined) login.searchParams.set('returnTo', options.returnTo);
  const isCallback = (url: URL): boolean => url.origin === new URL(baseUrl).origin && url.pathname === '/auth/callback';
  const toForm = await follow(jar, login);
  if (!toForm.response || toForm.response.status !== 200) throw new Error(`sign-in did not reach the login form: ${JSON.stringify(toForm.hops.map((hop) => [hop.url.pathname, hop.status]))}`);
  const form = formAction(await toForm.response.text(), toForm.url);
  const submitted = await follow(jar, form, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email, password }).toString() }, isCallback);
  if (submitted.response) return { jar, refused: { status: submitted.response.status, html: await submitted.response.text() }, callbackUrl: undefined };
  return { jar, refused: undefined, callbackUrl: submitted.url };
}

export interface SignedIn {
  /** The Cookie header value that carries the session. */
  cookie: string;
  csrfToken: string;
  session: SessionInfo;
  /** Headers for an authenticated GraphQL request: the cookie, the CSRF token and JSON. */
  headers: Record<string, string>;
}

/** The session of a jar, as GET /auth/session tells it. */
export async function sessionOf(baseUrl: string, cookie: string): Promise<SessionInfo> {
  const response = await fetch(new URL('/auth/session', baseUrl), { headers: cookie ? { cookie } : {} });
  return (await response.json()) as SessionInfo;
}

/** The whole code flow for a development user; throws when any step does not end in a session. */
export async function signIn(baseUrl: string, email: string, password: string = DEV_PASSWORD, options: { returnTo?: string } = {}): Promise<SignedIn> {
  const attempt = await loginAtProvider(baseUrl, email, password, options);
  if (!attempt.callbackUrl) throw new Error(`the provider refused ${email} (${attempt.refused?.status ?? '?'})`);
  const callback = await send(attempt.jar, attempt.callbackUrl);
  await callback.body?.cancel();
  const id = attempt.jar.get(attempt.callbackUrl, SESSION_COOKIE);
  if (callback.status !== 303 || !id) throw new Error(`the callback did not start a session (${callback.status} ${callback.headers.get('x-vmk-error-code') ?? ''})`);
  const cookie = `${SESSION_COOKIE}=${id}`;
  const session = await sessionOf(baseUrl, cookie);
  if (!session.signedIn || !session.csrfToken) throw new Error('GET /auth/session does not show the new session');
  return { cookie, csrfToken: session.csrfToken, session, headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': session.csrfToken } };
}

/** A GraphQL POST as a signed-in user (with the CSRF token unless `csrfToken` overrides it; null sends none). */
export async function postGraphQLAs<T = Record<string, unknown>>(
  baseUrl: string,
  who: SignedIn,
  query: string,
  variables: Record<string, unknown> = {},
  options: { csrfToken?: string | null; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', cookie: who.cookie, ...options.headers };
  const csrfToken = options.csrfToken === undefined ? who.csrfToken : options.csrfToken;
  if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(new URL('/graphql', baseUrl), { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'], headers: response.headers };
}
