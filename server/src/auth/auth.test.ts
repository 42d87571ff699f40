import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { DevIdentityProviderRefused, startDevIdentityProvider } from '../identity-provider/start.ts';
import { RateLimiter } from './rate-limit.ts';
import { safeReturnTo } from './return-to.ts';
import { parseRoleMap, viewerFromClaims, EMPTY_ROLE_MAP } from './roles.ts';
import { SessionStore } from './session-store.ts';
import { sameToken } from './tokens.ts';
import pino from 'pino';

const NAMES = { roles: 'roles', email: 'email', name: 'name' };
const VIEWER = { email: 'kari@kommune.no', name: 'Kari', roles: ['editor'] as const };

describe('SessionStore', () => {
  it('ends a session after the idle time, and after the absolute time however busy', () => {
    let now = 0;
    const store = new SessionStore({ idleMs: 1_000, maxMs: 5_000 }, () => now);
    const { id } = store.create(VIEWER, undefined);
    now = 900;
    expect(store.get(id)?.viewer.email).toBe('kari@kommune.no');
    now = 1_800; // 900 ms after the last use
    expect(store.get(id)).toBeDefined();
    now = 2_800; // 1,000 ms idle
    expect(store.get(id)).toBeUndefined();

    const busy = store.create(VIEWER, undefined).id;
    for (now = 3_000; now < 7_900; now += 500) expect(store.get(busy)).toBeDefined();
    now = 8_000; // 5,000 ms after sign-in
    expect(store.get(busy)).toBeUndefined();
  });

  it('issues 256-bit ids and CSRF tokens, a new pair per sign-in, and forgets a destroyed session', () => {
    const store = new SessionStore({ idleMs: 60_000, maxMs: 60_000 });
    const a = store.create(VIEWER, undefined);
    const b = store.create(VIEWER, undefined);
    expect(a.id).toMatch(/^[\w-]{43}$/);
    expect(a.session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.session.csrfToken).not.toBe(b.session.csrfToken);
    store.destroy(a.id);
    expect(store.get(a.id)).toBeUndefined();
    expect(store.get(b.id)).toBeDefined();
    expect(store.get(undefined)).toBeUndefined();
    expect(store.get('not-a-session')).toBeUndefined();
  });

  it('stays bounded: beyond maxSessions the oldest goes', () => {
    const store = new SessionStore({ idleMs: 60_000, maxMs: 60_000, maxSessions: 2 });
    const first = store.create(VIEWER, undefined).id;
    store.create(VIEWER, undefined);
    store.create(VIEWER, undefined);
    expect(store.size).toBe(2);
    expect(store.get(first)).toBeUndefined();
  });
});

describe('sameToken', () => {
  it('is true only for the same string', () => {
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abc', 'abd')).toBe(false);
    expect(sameToken('abc', 'abcd')).toBe(false);
    expect(sameToken('', 'abc')).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows `limit` per window and key, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    now = 60_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('safeReturnTo', () => {
  it('keeps same-origin paths and refuses everything else', () => {
    expect(safeReturnTo(null)).toBe('/');
    expect(safeReturnTo('/instrumenter/startlan?lang=nn#kriterier')).toBe('/instrumenter/startlan?lang=nn#kriterier');
    expect(safeReturnTo('/../../etc')).toBe('/etc');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', '\\\\evil.example', 'evil.example', 'javascript:alert(1)', '/a\nb', `/${'a'.repeat(2001)}`]) {
      expect(safeReturnTo(bad), bad).toBeUndefined();
    }
  });
});

describe('viewerFromClaims and the role map', () => {
  it('takes roles from the roles claim (list or space-separated), ignoring values that are no role', () => {
    expect(viewerFromClaims({ email: 'Kari@Kommune.no', name: 'Kari', roles: ['Editor', 'superuser', 'reviewer'] }, NAMES, EMPTY_ROLE_MAP)).toEqual({ email: 'kari@kommune.no', name: 'Kari', roles: ['editor', 'reviewer'] });
    expect(viewerFromClaims({ email: 'a@b.no', roles: 'administrator editor' }, NAMES, EMPTY_ROLE_MAP)?.roles).toEqual(['editor', 'administrator']);
    expect(viewerFromClaims({ email: 'a@b.no', realm_access: { roles: ['reviewer'] } }, { ...NAMES, roles: 'realm_access.roles' }, EMPTY_ROLE_MAP)?.roles).toEqual(['reviewer']);
  });

  it('adds the role map’s roles for the e-mail (ID-porten has no roles claim), and needs an e-mail', () => {
    const map = parseRoleMap('{"Kari@Kommune.no": ["reviewer"], "ola@kommune.no": []}', 'VMK_ROLE_MAP');
    expect(viewerFromClaims({ email: 'kari@kommune.no' }, NAMES, map)).toEqual({ email: 'kari@kommune.no', name: 'kari@kommune.no', roles: ['reviewer'] });
    expect(viewerFromClaims({ email: 'per@kommune.no' }, NAMES, map)?.roles).toEqual([]);
    expect(viewerFromClaims({ sub: 'x', name: 'No Mail' }, NAMES, map)).toBeUndefined();
  });

  it('refuses a role map that is not JSON or names an unknown role, saying where', () => {
    expect(() => parseRoleMap('kari=editor', 'VMK_ROLE_MAP')).toThrow(/VMK_ROLE_MAP is not valid JSON/);
    expect(() => parseRoleMap('{"kari@kommune.no": ["owner"]}', 'VMK_ROLE_MAP')).toThrow(/VMK_ROLE_MAP: kari@kommune.no/);
  });
});

describe('sign-in configuration', () => {
  it('needs a client id and secret with OIDC_ISSUER, https in production, and a redirect URI ending in /auth/callback', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.org' })).toThrow(/OIDC_CLIENT_ID: is required[\s\S]*OIDC_CLIENT_SECRET: is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'http://login.example.org', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' })).toThrow(/OIDC_ISSUER: must be https/);
    expect(() => loadConfig({ OIDC_REDIRECT_URI: 'https://vmk.example.org/callback' })).toThrow(/OIDC_REDIRECT_URI/);
    expect(loadConfig({}).VMK_SIGN_IN_RATE_LIMIT).toBe(10);
  });

  it('never starts the development identity provider with NODE_ENV=production', async () => {
    await expect(startDevIdentityProvider({ port: 0, redirectUri: 'http://127.0.0.1:1/auth/callback', postLogoutRedirectUri: 'http://127.0.0.1:1/', nodeEnv: 'production', logger: pino({ level: 'silent' }) })).rejects.toBeInstanceOf(DevIdentityProviderRefused);
  });
});
