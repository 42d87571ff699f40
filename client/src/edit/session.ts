/**
 * Who is signed in, from GET /auth/session (the server's sign-in, decision 0009). One answer is
 * kept for the whole page and shared by every component through `useSession()`; the CSRF token in
 * it is what the urql client sends with each request (urql-client.ts), since a mutation from a
 * signed-in person is refused without it.
 */
import { useSyncExternalStore } from 'react';
import { csrfToken, setCsrfToken } from './csrf.ts';

export type Role = 'editor' | 'reviewer' | 'administrator';
const ROLES: readonly Role[] = ['editor', 'reviewer', 'administrator'];

export type Session = {
  signedIn: boolean;
  name: string | null;
  email: string | null;
  roles: Role[];
  csrfToken: string | null;
  /** False when the server has no identity provider connected; sign-in is then not offered. */
  signInAvailable: boolean;
};

export const ANONYMOUS: Session = { signedIn: false, name: null, email: null, roles: [], csrfToken: null, signInAvailable: true };

let current: Session | undefined;
let pending: Promise<Session> | undefined;
const listeners = new Set<() => void>();

function publish(next: Session): void {
  current = next;
  setCsrfToken(next.csrfToken);
  for (const listener of listeners) listener();
}

/** Reads the server's answer defensively: anything unexpected counts as signed out. */
export function parseSession(body: unknown): Session {
  if (!body || typeof body !== 'object') return ANONYMOUS;
  const value = body as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : null);
  const roles = Array.isArray(value.roles) ? ROLES.filter((role) => (value.roles as unknown[]).includes(role)) : [];
  return {
    signedIn: value.signedIn === true,
    name: text('name'),
    email: text('email'),
    roles,
    csrfToken: text('csrfToken'),
    signInAvailable: value.signInAvailable !== false,
  };
}

/** Fetches the session once per page load (again with `force`, e.g. after signing out). */
export function loadSession(force = false): Promise<Session> {
  if (current && !force) return Promise.resolve(current);
  if (pending && !force) return pending;
  pending = fetch('/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' })
    .then(async (response) => (response.ok ? parseSession(await response.json()) : ANONYMOUS))
    // No sign-in on this server (or offline): the explorer works as for any reader.
    .catch(() => ANONYMOUS)
    .then((session) => {
      pending = undefined;
      publish(session);
      return session;
    });
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!current) void loadSession();
  return () => listeners.delete(listener);
}

/** The session, or undefined while it is being fetched. */
export function useSession(): Session | undefined {
  return useSyncExternalStore(subscribe, () => current, () => undefined);
}

/** An administrator may do what every role may. */
export function hasRole(session: Session | undefined, role: Role): boolean {
  return Boolean(session?.signedIn && (session.roles.includes(role) || session.roles.includes('administrator')));
}
export const canEdit = (session: Session | undefined): boolean => hasRole(session, 'editor');
export const canReview = (session: Session | undefined): boolean => hasRole(session, 'reviewer');
export const isStaff = (session: Session | undefined): boolean => canEdit(session) || canReview(session);

/** Where "Logg inn" goes: the server's sign-in, which comes back to `returnTo` (a path on this site). */
export function signInHref(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/')}`;
}

/**
 * Signs out with the session's CSRF token. When the identity provider has a sign-out page of its
 * own, the browser goes there; otherwise the page stays and shows the signed-out state.
 */
export async function signOut(): Promise<void> {
  const token = csrfToken();
  const response = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
  });
  if (!response.ok) throw new Error(`Sign-out failed (${response.status})`);
  const body = (await response.json().catch(() => ({}))) as { endSessionUrl?: unknown };
  publish({ ...ANONYMOUS, signInAvailable: current?.signInAvailable ?? true });
  if (typeof body.endSessionUrl === 'string' && body.endSessionUrl) window.location.assign(body.endSessionUrl);
}
