/**
 * Sign-in end to end: the real code flow against the development identity provider (oidc-provider)
 * on its own port, with the real redirects, PKCE, state, nonce and ID-token signature checks;
 * sessions, CSRF and roles as resolvers see them (context.auth, through a probe field).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from '../server/src/auth/cookies.ts';
import { requireRole } from '../server/src/auth/viewer.ts';
import type { Context } from '../server/src/context.ts';
import type { CookieJar} from './support/sign-in.ts';
import { loginAtProvider, postGraphQLAs, send, sessionOf, signIn, startAuthServer, type AuthServer, type SignedIn } from './support/sign-in.ts';

const PROBE = {
  typeDefs: `
    extend type Query { authProbe: AuthProbe! }
    type AuthProbe { signedIn: Boolean!, email: String, roles: [String!]!, csrfVerified: Boolean! }
    extend type Mutation { authProbeEdit: String! }`,
  resolvers: {
    Query: {
      authProbe: (_parent: unknown, _args: unknown, { auth }: Context) => ({ signedIn: auth.viewer !== null, email: auth.viewer?.email ?? null, roles: auth.viewer?.roles ?? [], csrfVerified: auth.csrfVerified }),
    } as never,
    Mutation: {
      authProbeEdit: (_parent: unknown, _args: unknown, { auth }: Context) => requireRole(auth, 'editor').email,
    } as never,
  },
};

type Probe = { authProbe: { signedIn: boolean; email: string | null; roles: string[]; csrfVerified: boolean } };
const PROBE_QUERY = '{ authProbe { signedIn email roles csrfVerified } }';

let server: AuthServer;
let baseUrl: string;
let issuer: URL;

beforeAll(async () => {
  server = await startAuthServer(inject('mainNeo4j'), { extra: PROBE });
  baseUrl = server.baseUrl;
  if (!server.signIn.devIssuer) throw new Error('no development provider');
  issuer = server.signIn.devIssuer;
});
afterAll(async () => server?.close());

/** The provider's redirect back, not yet visited, for a development user. */
async function callbackFor(email: string, returnTo?: string): Promise<{ jar: CookieJar; callbackUrl: URL }> {
  const attempt = await loginAtProvider(baseUrl, email, 'utvikler', { returnTo });
  if (!attempt.callbackUrl) throw new Error(`no callback for ${email}`);
  return { jar: attempt.jar, callbackUrl: attempt.callbackUrl };
}

const sessionCookieOf = (response: Response): string | undefined => response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`) && !/Max-Age=0\b/.test(line));

async function refusal(response: Response): Promise<{ status: number; code: string | null; html: string }> {
  return { status: response.status, code: response.headers.get('x-vmk-error-code'), html: await response.text() };
}

describe('the code flow', () => {
  it('signs a development user in: /auth/session shows name, e-mail and roles, the cookie is __Host-, HttpOnly, Secure, SameSite=Strict, Path=/', async () => {
    const { jar, callbackUrl } = await callbackFor('redaktor@example.org', '/instrumenter?sok=bolig#liste');
    expect(callbackUrl.origin).toBe(new URL(baseUrl).origin);
    expect(callbackUrl.searchParams.get('iss')).toBe(issuer.origin);
    const callback = await send(jar, callbackUrl);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/instrumenter?sok=bolig#liste');
    const setCookie = sessionCookieOf(callback);
    expect(setCookie).toBeDefined();
    const attributes = (setCookie ?? '').split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}$`));
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']));
    expect(attributes.some((attribute) => /^domain=/i.test(attribute))).toBe(false);
    expect(attributes.some((attribute) => /^Max-Age=\d+$/.test(attribute))).toBe(true);

    const response = await fetch(`${baseUrl}/auth/session`, { headers: { cookie: attributes[0] ?? '' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = (await response.json()) as Record<string, unknown>;
    expect(session).toMatchObject({ signedIn: true, name: 'Rita Redaktør', email: 'redaktor@example.org', roles: ['editor'] });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it('gives each development user the roles of the provider’s roles claim', async () => {
    expect((await signIn(baseUrl, 'kontrollor@example.org')).session.roles).toEqual(['reviewer']);
    expect((await signIn(baseUrl, 'admin@example.org')).session.roles).toEqual(['administrator']);
    expect((await signIn(baseUrl, 'leser@example.org')).session.roles).toEqual([]);
  });

  it('shows an accessible login form and refuses a wrong password: the form again with 401, no redirect, no session', async () => {
    const attempt = await loginAtProvider(baseUrl, 'redaktor@example.org', 'feil-passord');
    expect(attempt.callbackUrl).toBeUndefined();
    expect(attempt.refused?.status).toBe(401);
    const html = attempt.refused?.html ?? '';
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<label for="email">/);
    expect(html).toMatch(/<label for="password">/);
    expect(html).toMatch(/role="alert"/);
    expect(attempt.jar.get(new URL(baseUrl), SESSION_COOKIE)).toBeUndefined();
    expect((await sessionOf(baseUrl, attempt.jar.header(new URL(baseUrl)))).signedIn).toBe(false);
  });

  it('refuses a tampered state with SIGN_IN_STATE_MISMATCH and no session, without a stack trace', async () => {
    const { jar, callbackUrl } = await callbackFor('redaktor@example.org');
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', `${callbackUrl.searchParams.get('state') ?? ''}x`);
    const response = await send(jar, tampered);
    expect(sessionCookieOf(response)).toBeUndefined();
    const { status, code, html } = await refusal(response);
    expect(status).toBe(400);
    expect(code).toBe('SIGN_IN_STATE_MISMATCH');
    expect(html).toContain('SIGN_IN_STATE_MISMATCH');
    expect(html).not.toMatch(/\bat .+:\d+:\d+/);
    // The state was the sign-in's only chance: the genuine answer is refused afterwards too.
    expect((await refusal(await send(jar, callbackUrl))).code).toBe('SIGN_IN_EXPIRED');
  });

  it('refuses a replayed callback (the same code, even with a copy of the sign-in cookie)', async () => {
    const { jar, callbackUrl } = await callbackFor('redaktor@example.org');
    const signInCookie = `${SIGN_IN_COOKIE}=${jar.get(callbackUrl, SIGN_IN_COOKIE) ?? ''}`;
    const first = await send(jar, callbackUrl);
    expect(first.status).toBe(303);
    expect(sessionCookieOf(first)).toBeDefined();
    const replay = await fetch(callbackUrl, { headers: { cookie: signInCookie }, redirect: 'manual' });
    expect(sessionCookieOf(replay)).toBeUndefined();
    const { status, code } = await refusal(replay);
    expect(status).toBe(400);
    expect(code).toBe('SIGN_IN_EXPIRED');
  });

  it('refuses an authorization response from another issuer (RFC 9207 iss) with SIGN_IN_FAILED', async () => {
    const { jar, callbackUrl } = await callbackFor('redaktor@example.org');
    const forged = new URL(callbackUrl);
    forged.searchParams.set('iss', 'https://idp.evil.example');
    const response = await send(jar, forged);
    expect(sessionCookieOf(response)).toBeUndefined();
    const { status, code } = await refusal(response);
    expect(status).toBe(400);
    expect(code).toBe('SIGN_IN_FAILED');
  });

  it('refuses a callback that was never started in this browser', async () => {
    const { callbackUrl } = await callbackFor('redaktor@example.org');
    const response = await fetch(callbackUrl, { redirect: 'manual' });
    expect(await refusal(response)).toMatchObject({ status: 400, code: 'SIGN_IN_EXPIRED' });
  });

  it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '/\r\nSet-Cookie: x=1'])('refuses returnTo=%j (no open redirect)', async (returnTo) => {
    const response = await fetch(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBeNull();
    expect(await refusal(response)).toMatchObject({ status: 400, code: 'BAD_RETURN_TO' });
  });
});

describe('CSRF and roles in context.auth', () => {
  let editor: SignedIn;
  let reader: SignedIn;
  beforeAll(async () => {
    editor = await signIn(baseUrl, 'redaktor@example.org');
    reader = await signIn(baseUrl, 'leser@example.org');
  });

  it('is csrfVerified only with the session’s own token in x-csrf-token', async () => {
    const without = await postGraphQLAs<Probe>(baseUrl, editor, PROBE_QUERY, {}, { csrfToken: null });
    expect(without.body.data?.authProbe).toEqual({ signedIn: true, email: 'redaktor@example.org', roles: ['editor'], csrfVerified: false });
    const wrong = await postGraphQLAs<Probe>(baseUrl, editor, PROBE_QUERY, {}, { csrfToken: `${editor.csrfToken.slice(0, -1)}A` });
    expect(wrong.body.data?.authProbe.csrfVerified).toBe(false);
    const another = await postGraphQLAs<Probe>(baseUrl, editor, PROBE_QUERY, {}, { csrfToken: reader.csrfToken });
    expect(another.body.data?.authProbe.csrfVerified).toBe(false);
    const right = await postGraphQLAs<Probe>(baseUrl, editor, PROBE_QUERY);
    expect(right.body.data?.authProbe).toEqual({ signedIn: true, email: 'redaktor@example.org', roles: ['editor'], csrfVerified: true });
  });

  it('ignores forged identity headers (x-user, x-roles, x-forwarded-*)', async () => {
    const forged = { 'x-user': 'admin@example.org', 'x-email': 'admin@example.org', 'x-roles': 'administrator', 'x-forwarded-user': 'admin@example.org', 'x-forwarded-email': 'admin@example.org', 'x-forwarded-for': '10.0.0.1' };
    const anonymous = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...forged }, body: JSON.stringify({ query: PROBE_QUERY }) });
    expect(((await anonymous.json()) as { data: Probe }).data.authProbe).toEqual({ signedIn: false, email: null, roles: [], csrfVerified: false });
    const asReader = await postGraphQLAs<Probe>(baseUrl, reader, PROBE_QUERY, {}, { headers: forged });
    expect(asReader.body.data?.authProbe).toEqual({ signedIn: true, email: 'leser@example.org', roles: [], csrfVerified: true });
    const session = await fetch(`${baseUrl}/auth/session`, { headers: forged });
    expect(((await session.json()) as { signedIn: boolean }).signedIn).toBe(false);
  });

  it('requireRole: anonymous UNAUTHENTICATED, no CSRF token or no role FORBIDDEN, an editor with the token passes', async () => {
    const mutation = 'mutation { authProbeEdit }';
    const anonymous = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation }) });
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const noToken = await postGraphQLAs(baseUrl, editor, mutation, {}, { csrfToken: null });
    expect(noToken.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF' });
    const noRole = await postGraphQLAs(baseUrl, reader, mutation);
    expect(noRole.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const editing = await postGraphQLAs<{ authProbeEdit: string }>(baseUrl, editor, mutation);
    expect(editing.body.data?.authProbeEdit).toBe('redaktor@example.org');
  });

  it('refuses a mutation over GET (Apollo), even with the session cookie and token', async () => {
    const url = `${baseUrl}/graphql?query=${encodeURIComponent('mutation { authProbeEdit }')}`;
    const noPreflight = await fetch(url, { headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken } });
    expect(noPreflight.status).toBe(400);
    const preflighted = await fetch(url, { headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
  });
});

describe('sign-out', () => {
  it('needs the CSRF token, ends the session (the old cookie is anonymous afterwards) and hands back the provider’s end_session URL', async () => {
    const who = await signIn(baseUrl, 'redaktor2@example.org');
    const refused = await fetch(`${baseUrl}/auth/logout`, { method: 'POST', headers: { cookie: who.cookie } });
    expect(refused.status).toBe(403);
    expect((await sessionOf(baseUrl, who.cookie)).signedIn).toBe(true);

    const response = await fetch(`${baseUrl}/auth/logout`, { method: 'POST', headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=;`) && /Max-Age=0/.test(line))).toBe(true);
    const body = (await response.json()) as { signedIn: boolean; endSessionUrl: string };
    expect(body.signedIn).toBe(false);
    const endSession = new URL(body.endSessionUrl);
    expect(endSession.origin).toBe(issuer.origin);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${baseUrl}/`);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    // The provider accepts it: its sign-out confirmation page.
    expect((await fetch(endSession)).status).toBe(200);

    expect(await sessionOf(baseUrl, who.cookie)).toMatchObject({ signedIn: false, email: null, csrfToken: null });
    const probe = await postGraphQLAs<Probe>(baseUrl, who, PROBE_QUERY);
    expect(probe.body.data?.authProbe).toEqual({ signedIn: false, email: null, roles: [], csrfVerified: false });
  });

  it('answers GET /auth/logout with 405 (a link or an image cannot sign anyone out)', async () => {
    const response = await fetch(`${baseUrl}/auth/logout`);
    expect(response.status).toBe(405);
  });
});

describe('privacy of the log', () => {
  it('logs no e-mail address, name, cookie, CSRF token or authorization code', async () => {
    const { jar, callbackUrl } = await callbackFor('kontrollor@example.org');
    const code = callbackUrl.searchParams.get('code') ?? 'missing';
    await send(jar, callbackUrl);
    const id = jar.get(callbackUrl, SESSION_COOKIE) ?? 'missing';
    const session = await sessionOf(baseUrl, `${SESSION_COOKIE}=${id}`);
    const log = server.logLines.join('\n');
    expect(log).toContain('signed in');
    for (const secret of ['@example.org', 'Kontrollør', 'Redaktør', id, code, session.csrfToken ?? 'missing']) expect(log).not.toContain(secret);
  });
});

describe('the sign-in rate limit', () => {
  let limited: AuthServer;
  beforeAll(async () => {
    limited = await startAuthServer(inject('mainNeo4j'), { env: { VMK_SIGN_IN_RATE_LIMIT: '10' } });
  });
  afterAll(async () => limited?.close());

  it('answers the 11th sign-in start and the 11th callback of a minute with 429 RATE_LIMITED and retry-after', async () => {
    for (const path of ['/auth/login', '/auth/callback?code=x&state=y']) {
      for (let i = 0; i < 10; i += 1) {
        const response = await fetch(`${limited.baseUrl}${path}`, { redirect: 'manual' });
        await response.body?.cancel();
        expect(response.status).not.toBe(429);
      }
      const response = await fetch(`${limited.baseUrl}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.any(String) });
    }
    // Reading is not limited by it.
    expect((await fetch(`${limited.baseUrl}/auth/session`)).status).toBe(200);
  });
});
