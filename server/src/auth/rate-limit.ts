export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed window per key (the client's socket address): at most `limit` in each `windowMs`.
 * The map is emptied of finished windows as time passes, so its size is bounded by one window's keys.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  #lastSweep: number;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#lastSweep = now();
  }

  take(key: string): Admission {
    const now = this.now();
    if (now - this.#lastSweep >= this.windowMs) {
      this.#lastSweep = now;
      for (const [k, window] of this.#windows) if (now - window.start >= this.windowMs) this.#windows.delete(k);
    }
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    if (window.count >= this.limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    window.count += 1;
    return { allowed: true };
  }
}
