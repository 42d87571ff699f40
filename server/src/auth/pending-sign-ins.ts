import type { PendingSignIn } from './relying-party.ts';
import { digest, randomToken } from './tokens.ts';

/** A sign-in must come back within this time (the provider's login page included). */
export const PENDING_TTL_MS = 10 * 60_000;
const MAX_PENDING = 10_000;

/**
 * Sign-ins between /auth/login and /auth/callback. Each is taken once: a replayed callback finds
 * nothing. Bounded: the oldest is dropped beyond 10,000 (the rate limit keeps one client far below).
 */
export class PendingSignIns {
  readonly #pending = new Map<string, { value: PendingSignIn; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  add(value: PendingSignIn): string {
    const now = this.now();
    for (const [key, entry] of this.#pending) {
      // Insertion order is expiry order, so the scan stops at the first live one.
      if (entry.expiresAt > now && this.#pending.size < MAX_PENDING) break;
      this.#pending.delete(key);
    }
    const id = randomToken();
    this.#pending.set(digest(id), { value, expiresAt: now + PENDING_TTL_MS });
    return id;
  }

  take(id: string | undefined): PendingSignIn | undefined {
    if (!id) return undefined;
    const key = digest(id);
    const entry = this.#pending.get(key);
    this.#pending.delete(key);
    return entry && entry.expiresAt > this.now() ? entry.value : undefined;
  }
}
