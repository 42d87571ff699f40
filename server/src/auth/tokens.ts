import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session ids, CSRF tokens, sign-in ids. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** SHA-256, so the stores hold no value a cookie could be rebuilt from. */
export const digest = (value: string): string => createHash('sha256').update(value).digest('base64url');

/** Timing-safe comparison of two strings of any lengths (both are hashed to one length first). */
export function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
