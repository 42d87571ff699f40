import { ErrorCode, PublicError } from '../errors.ts';

/** What a signed-in person may do besides reading (reading needs no sign-in). */
export const ROLES = ['editor', 'reviewer', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The signed-in person behind a request, from the server-side session only (never from a header a
 * client sets). Name and e-mail are the only personal data kept about editors (issue 14).
 */
export interface Viewer {
  email: string;
  name: string;
  roles: readonly Role[];
}

/** The part of the request context sign-in owns. */
export interface RequestAuth {
  /** Null for an anonymous request, or one whose session cookie is missing, unknown or expired. */
  viewer: Viewer | null;
  /** True when the request carried the session's CSRF token (header `x-csrf-token`). */
  csrfVerified: boolean;
}

export const ANONYMOUS: RequestAuth = Object.freeze({ viewer: null, csrfVerified: false });

/**
 * The viewer a mutation acts for, refused with a stable code otherwise: UNAUTHENTICATED (401) when
 * nobody is signed in, FORBIDDEN (403) without the CSRF token or without one of `roles`.
 * An administrator may do what every role may.
 */
export function requireRole(auth: RequestAuth, ...roles: Role[]): Viewer {
  const { viewer } = auth;
  if (!viewer) throw new PublicError(ErrorCode.UNAUTHENTICATED, 'Sign in to make changes.', { http: { status: 401 } });
  if (!auth.csrfVerified) {
    throw new PublicError(ErrorCode.FORBIDDEN, 'The request is missing the sign-in session’s CSRF token. Reload the page and try again.', { reason: 'CSRF', http: { status: 403 } });
  }
  if (viewer.roles.includes('administrator') || roles.some((role) => viewer.roles.includes(role))) return viewer;
  throw new PublicError(ErrorCode.FORBIDDEN, `This needs the role ${roles.join(' or ')}.`, { reason: 'ROLE', http: { status: 403 } });
}

/**
 * The viewer a staff read (the review queue, drafts, readers' reports) is for: signed in with one
 * of `roles`. Reads change nothing, so they need no CSRF token; SameSite=Strict keeps the session
 * cookie off other sites' requests anyway.
 */
export function requireStaff(auth: RequestAuth, ...roles: Role[]): Viewer {
  const { viewer } = auth;
  if (!viewer) throw new PublicError(ErrorCode.UNAUTHENTICATED, 'Sign in to see this.', { http: { status: 401 } });
  if (viewer.roles.includes('administrator') || roles.some((role) => viewer.roles.includes(role))) return viewer;
  throw new PublicError(ErrorCode.FORBIDDEN, `This needs the role ${roles.join(' or ')}.`, { reason: 'ROLE', http: { status: 403 } });
}

/** Whether the request is from signed-in staff (who may see editors' e-mail addresses). */
export const isStaff = (auth: RequestAuth): boolean => (auth.viewer?.roles.length ?? 0) > 0;
