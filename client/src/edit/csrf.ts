/**
 * The current session's CSRF token, held apart from session.ts so the urql client (part of the
 * first page) can read it without pulling in the rest of the sign-in code, which loads later.
 */
let token: string | null = null;

export function csrfToken(): string | null {
  return token;
}

export function setCsrfToken(next: string | null): void {
  token = next;
}
