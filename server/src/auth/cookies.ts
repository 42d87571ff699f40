import type { IncomingMessage } from 'node:http';

/** The session cookie. `__Host-` makes the browser refuse it unless Secure, Path=/ and without Domain. */
export const SESSION_COOKIE = '__Host-vmk_session';
/**
 * Ties a sign-in in progress to the browser that started it (so nobody can hand a victim a callback
 * URL for the attacker's account). Lax, not Strict: the identity provider's redirect back is a
 * cross-site navigation in production, and a Strict cookie would not come with it.
 */
export const SIGN_IN_COOKIE = '__Host-vmk_signin';

/** The cookies of a request by name; the first of two with one name wins. */
export function readCookies(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  const header = request.headers.cookie;
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

export interface CookieOptions {
  sameSite: 'Strict' | 'Lax';
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
}

/** A Set-Cookie value with the attributes every cookie of ours has: HttpOnly, Secure, Path=/. */
export function cookieHeader(name: string, value: string, { sameSite, maxAge }: CookieOptions): string {
  return `${name}=${value}; Path=/; HttpOnly; Secure; SameSite=${sameSite}; Max-Age=${Math.max(0, Math.floor(maxAge))}`;
}

export const clearCookieHeader = (name: string, sameSite: CookieOptions['sameSite']): string => cookieHeader(name, '', { sameSite, maxAge: 0 });
